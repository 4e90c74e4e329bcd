package be.werkwinkel.kiosk.vacancy.store;

import be.werkwinkel.kiosk.vacancy.Vacancy;

/** Where a {@link VacancyFeed} puts its records. Each identifier may appear only once per feed. */
public interface FeedSink {

    /** A valid vacancy of the feed's source: added, updated when its content changed, else left alone. */
    void accept(Vacancy vacancy);

    /**
     * A record that was rejected but named its identifier: the stored vacancy, if any, stays as it
     * is and is not removed as missing from a complete feed.
     */
    void keep(String identifier);

    /** A record whose {@code validThrough} has passed: the stored vacancy, if any, is removed. */
    void withdraw(String identifier);
}
