package be.werkwinkel.kiosk.vacancy.store;

import java.util.List;

/**
 * One page of the change log.
 *
 * @param changes oldest first
 * @param latestRevision the last revision handed out when the page was read
 */
public record VacancyChanges(List<VacancyChange> changes, long latestRevision) {

    public VacancyChanges {
        changes = List.copyOf(changes);
    }

    /** The revision to ask from next: the last one in this page, or {@code from} if it is empty. */
    public long nextFrom(long from) {
        return changes.isEmpty() ? from : changes.getLast().revision();
    }

    /** True when this page reaches the latest revision: nothing more to ask for now. */
    public boolean upToDate() {
        return changes.isEmpty() || changes.getLast().revision() == latestRevision;
    }
}
