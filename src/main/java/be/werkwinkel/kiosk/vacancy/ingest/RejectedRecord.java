package be.werkwinkel.kiosk.vacancy.ingest;

/**
 * One record of a feed cannot be used; the message is the reason the import report gives. The
 * rest of the feed still imports.
 */
final class RejectedRecord extends RuntimeException {

    RejectedRecord(String reason) {
        super(reason, null, false, false); // a reason, not a failure: no stack trace needed
    }
}
