package be.werkwinkel.kiosk.storage;

/**
 * Saving a document while personal storage cannot be reached (a terminal whose hub is away): the
 * document is sealed to the hub's public key and queued on the terminal; when the hub has it, it
 * checks username and PIN and files the document once, or, when they do not match, holds it under
 * the claim code of the receipt (for {@link StorageSettings#heldRetention()}), which the visitor
 * types after signing in ({@link PersonalStorage#claim}). Only a terminal has this port.
 */
public interface SaveForLater {

    /**
     * Queues the document; returns once it is on the terminal's disk for good. Username and PIN are
     * not checked now. The same request id again queues nothing more.
     *
     * @throws StorageProblem {@code NAME_INVALID}, {@code USERNAME_INVALID}; {@code LATER_FULL} when
     *     the terminal holds as much as it may; {@code LATER_NO_HUB_KEY} when it never reached its hub
     */
    ClaimReceipt save(RequestId request, String username, String pin, DocumentKind kind, String name,
            DocumentContent content);
}
