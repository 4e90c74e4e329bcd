package be.werkwinkel.kiosk.vacancy.store;

/**
 * The content of one feed, read while the store's transaction is open, so that a feed of any size
 * is applied in batches and still all-or-nothing.
 */
@FunctionalInterface
public interface VacancyFeed {

    /**
     * Hands every record of the feed to the sink, in feed order. Throwing any runtime exception
     * aborts the import: everything the store did for this feed is rolled back.
     *
     * @return what was read, once the last record has been handed over
     */
    FeedTally readInto(FeedSink sink);
}
