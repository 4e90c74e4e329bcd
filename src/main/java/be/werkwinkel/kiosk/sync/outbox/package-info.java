/**
 * The terminal's durable outbox of writes for the hub (decision 040): each entry sealed to the
 * hub's public key (HPKE, decision 041), one file per entry written with fsync and an atomic
 * rename, replayed oldest first and idempotently by request id once the hub answers.
 */
@NullMarked
package be.werkwinkel.kiosk.sync.outbox;

import org.jspecify.annotations.NullMarked;
