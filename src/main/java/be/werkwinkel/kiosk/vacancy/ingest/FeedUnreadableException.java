package be.werkwinkel.kiosk.vacancy.ingest;

/**
 * The feed as a whole cannot be used (not JSON, broken, truncated, too large, unreachable): the
 * import changes nothing. The message says why, in words an operator can act on.
 */
class FeedUnreadableException extends RuntimeException {

    FeedUnreadableException(String message) {
        super(message);
    }
}
