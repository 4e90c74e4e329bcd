package be.werkwinkel.kiosk.vacancy.store;

import java.util.List;

/**
 * One page of the change log.
 *
 * @param changes oldest first
 * @param latestRevision the last revision handed out when the page was read
 * @param horizon the highest revision of a tombstone already pruned (0 while none was): the log
 *     tells every removal only after it
 */
public record VacancyChanges(List<VacancyChange> changes, long latestRevision, long horizon) {

    public VacancyChanges {
        changes = List.copyOf(changes);
    }

    /** A page of a log that has lost no tombstone. */
    public VacancyChanges(List<VacancyChange> changes, long latestRevision) {
        this(changes, latestRevision, 0);
    }

    /** The revision to ask from next: the last one in this page, or {@code from} if it is empty. */
    public long nextFrom(long from) {
        return changes.isEmpty() ? from : changes.getLast().revision();
    }

    /** True when this page reaches the latest revision: nothing more to ask for now. */
    public boolean upToDate() {
        return changes.isEmpty() || changes.getLast().revision() == latestRevision;
    }

    /**
     * Whether a copy that has everything up to {@code since} cannot catch up from this log and
     * must copy everything anew from revision 0: removals after it were pruned ({@code since} is
     * below the horizon), or it is ahead of the log (the hub's database was restored from an older
     * backup). From 0 nothing can have been missed: the rows themselves are the copy.
     */
    public boolean resyncNeeded(long since) {
        return since > 0 && (since < horizon || since > latestRevision);
    }
}
