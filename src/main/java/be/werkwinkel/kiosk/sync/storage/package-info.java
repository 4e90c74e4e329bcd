/**
 * Personal storage on a terminal (decision 043): remote adapters of {@link
 * be.werkwinkel.kiosk.storage.PersonalStorage} and {@link be.werkwinkel.kiosk.storage.DocumentMail}
 * over the hub's terminal API, which keep each visitor's session token in memory only until the
 * session wipe, and {@link be.werkwinkel.kiosk.storage.SaveForLater} through the outbox while the
 * hub is away.
 */
@NullMarked
package be.werkwinkel.kiosk.sync.storage;

import org.jspecify.annotations.NullMarked;
