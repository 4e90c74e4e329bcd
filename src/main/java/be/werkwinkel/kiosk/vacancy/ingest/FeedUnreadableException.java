package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.vacancy.VacancyFeeds.FailureKind;

/**
 * The feed as a whole cannot be used (not JSON, broken, truncated, too large, unreachable): the
 * import changes nothing. The message says why, in words an operator can act on; the kind lets the
 * staff console say it in the staff member's language.
 */
class FeedUnreadableException extends RuntimeException {

    private final FailureKind kind;

    /** A feed that is no readable feed ({@link FailureKind#NOT_A_FEED}). */
    FeedUnreadableException(String message) {
        this(FailureKind.NOT_A_FEED, message);
    }

    FeedUnreadableException(FailureKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    FailureKind kind() {
        return kind;
    }
}
