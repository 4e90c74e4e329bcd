package be.werkwinkel.kiosk.admin.usage;

import java.time.LocalDate;

/**
 * Where {@link UsageRecorder} counts: straight into the database where there is one
 * ({@link #into(UsageStore, UsageAttribution)}), or into a terminal's {@link UsageTally}, which
 * reports to the hub.
 */
interface UsageCounter {

    /** One visitor session ended. */
    void session(LocalDate day, SessionLength length, String endReason, String language);

    /** A feature was used once. */
    void feature(LocalDate day, UsageFeature feature);

    /** One more visitor session searched this normalised term. */
    void term(LocalDate day, String term);

    /** Counts in the database, for the place this instance's screens count for. */
    static UsageCounter into(UsageStore store, UsageAttribution attribution) {
        return new UsageCounter() {
            @Override
            public void session(LocalDate day, SessionLength length, String endReason, String language) {
                store.countSession(day, attribution.current(), length, endReason, language);
            }

            @Override
            public void feature(LocalDate day, UsageFeature feature) {
                store.countFeature(day, attribution.current(), feature);
            }

            @Override
            public void term(LocalDate day, String term) {
                store.countTerm(day, attribution.current(), term);
            }
        };
    }
}
