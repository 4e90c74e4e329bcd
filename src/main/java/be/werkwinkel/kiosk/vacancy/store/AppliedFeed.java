package be.werkwinkel.kiosk.vacancy.store;

import be.werkwinkel.kiosk.vacancy.VacancyId;
import java.util.List;

/**
 * What one committed feed did to the database.
 *
 * @param changed the vacancies added or updated, for the search index to (re)index
 * @param removed the vacancies deleted: missing from a complete feed, withdrawn, or expired
 * @param missingKept true when the feed was complete but some record could not be identified, so
 *     vacancies missing from it were not removed
 * @param sequence the vacancy table's version after this feed; it only grows, and stays the same
 *     when the feed changed nothing
 * @param importId the feed's row in {@code vacancy_import}
 */
public record AppliedFeed(
        FeedTally tally,
        int added,
        int updated,
        int unchanged,
        List<VacancyId> changed,
        List<VacancyId> removed,
        boolean missingKept,
        long sequence,
        long importId) {

    public AppliedFeed {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
