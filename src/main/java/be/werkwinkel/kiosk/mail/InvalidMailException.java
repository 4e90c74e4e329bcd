package be.werkwinkel.kiosk.mail;

/** A message that cannot be sent as it is; nothing was queued. */
public final class InvalidMailException extends RuntimeException {

    public enum Reason {
        /** Not an e-mail address a mail server would accept. */
        BAD_RECIPIENT,
        /** Larger than kiosk.mail.max-size with its attachments. */
        TOO_LARGE
    }

    private final Reason reason;

    public InvalidMailException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** What the screen tells the visitor, in their language. */
    public Reason reason() {
        return reason;
    }
}
