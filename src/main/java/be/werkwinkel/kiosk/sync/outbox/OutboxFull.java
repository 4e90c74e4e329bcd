package be.werkwinkel.kiosk.sync.outbox;

/**
 * The outbox holds as many entries or bytes as it may ({@code kiosk.hub.outbox.max-entries},
 * {@code max-bytes}); nothing was queued. The screens say so with {@link #MESSAGE_KEY}: the
 * visitor keeps the document in the session (print it, or try later).
 */
public final class OutboxFull extends RuntimeException {

    /** The screens' explanation, in the bundles. */
    public static final String MESSAGE_KEY = "terminalOutbox.full";

    OutboxFull(String detail) {
        super(detail);
    }
}
