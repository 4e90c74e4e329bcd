package be.werkwinkel.kiosk.storage;

/**
 * Personal storage lives elsewhere (on a terminal: at the hub) and cannot be reached now; nothing
 * was changed. Screens say plainly that this needs the central server and is not possible now, and
 * where the visitor is saving a document they offer {@link SaveForLater}. A standalone kiosk or a
 * hub never throws it: their storage is their own database.
 */
public final class StorageUnreachable extends RuntimeException {

    public StorageUnreachable(Throwable cause) {
        super("Personal storage cannot be reached now", cause);
    }
}
