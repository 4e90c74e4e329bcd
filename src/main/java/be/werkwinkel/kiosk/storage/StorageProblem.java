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
        NOT_FOUND,
        /** The document cannot be sent by e-mail (no feature makes a PDF of it, or a letter has no employer's address). */
        NOT_SENDABLE,
        /** The PDF of a CV or letter could not be made (e.g. something the document needs is missing). */
        NO_PDF,
        /** The e-mail with its attachments would be larger than the mail server takes. */
        MAIL_TOO_LARGE,
        /** The saved vacancy is no longer open, so there is no link to send. */
        VACANCY_GONE,
        /** The vacancies are being loaded: try again in a minute. */
        VACANCIES_LOADING,
        /** No document is held under this claim code (mistyped, expired or claimed already). */
        CLAIM_NOT_FOUND,
        /** Too many claim codes that found nothing, in this visitor session or on this kiosk: claiming waits a while. */
        CLAIMS_PAUSED,
        /** The visitor's sign-in is no longer valid (it expired): sign in again. */
        SIGNED_OUT,
        /** Saving for later: this terminal holds as much as it may for its hub. */
        LATER_FULL,
        /** Saving for later: this terminal never reached its hub, so it cannot seal for it. */
        LATER_NO_HUB_KEY
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
