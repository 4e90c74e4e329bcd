package be.werkwinkel.kiosk.storage;

/**
 * A write that was refused because of what the visitor asked; nothing was changed. Each kind has
 * a plain explanation in the bundles under {@code storage.problem.<name>}.
 */
public final class StorageProblem extends RuntimeException {

    /** Why the write was refused. */
    public enum Reason {
        /** The username is already in use (whatever its capitals). */
        USERNAME_TAKEN,
        /** The username is too short or long, or has characters other than letters, digits, dot, dash and underscore. */
        USERNAME_INVALID,
        /** The e-mail address is not one. */
        EMAIL_INVALID,
        /** The PIN is one a stranger would guess ({@link PinRules}). */
        PIN_OBVIOUS,
        /** A document name is empty or longer than {@value StorageLimits#NAME_LENGTH} characters. */
        NAME_INVALID,
        /** The visitor has as many documents as allowed. */
        TOO_MANY_DOCUMENTS,
        /** The documents would take more room than allowed. */
        NO_ROOM,
        /** The account or document is not there (any more). */
        NOT_FOUND
    }

    private final Reason reason;

    public StorageProblem(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
