package be.werkwinkel.kiosk.sync.outbox;

/**
 * This terminal has never fetched the hub's public key (it never reached the hub since it was set
 * up), so nothing can be sealed for the hub; nothing was queued. The screens say so with
 * {@link #MESSAGE_KEY}.
 */
public final class HubKeyUnknown extends RuntimeException {

    /** The screens' explanation, in the bundles. */
    public static final String MESSAGE_KEY = "terminalOutbox.hubKeyUnknown";

    HubKeyUnknown(String detail) {
        super(detail);
    }
}
