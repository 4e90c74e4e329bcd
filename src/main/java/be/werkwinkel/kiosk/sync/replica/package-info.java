/**
 * The terminal's vacancy replica kept up to date from the hub (decision 039): pages of the hub's
 * change log as JSON, each applied in one commit, a full copy when the hub says so or the local
 * index was lost, and the last replica served whenever the hub cannot be reached.
 */
@NullMarked
package be.werkwinkel.kiosk.sync.replica;

import org.jspecify.annotations.NullMarked;
