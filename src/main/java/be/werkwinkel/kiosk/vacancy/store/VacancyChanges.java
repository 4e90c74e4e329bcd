package be.werkwinkel.kiosk.vacancy.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
     * must copy everything anew from revision 0: removals after it were pruned, or it is ahead of
     * the log (the hub's database was restored from an older backup). From 0 nothing can have been
     * missed: the rows themselves are the copy.
     *
     * <p>A full copy in progress pages through old revisions too (an unchanged vacancy keeps the
     * revision it got long ago), below the horizon. It gives the horizon it began under
     * ({@code copyHorizon}): tombstones pruned before the copy began are of vacancies that were
     * gone before it read any row, so only what was pruned since can be missing.
     *
     * @param copyHorizon for a full copy in progress, the horizon of its first page; null otherwise
     */
    public boolean resyncNeeded(long since, @Nullable Long copyHorizon) {
        var known = copyHorizon == null ? since : Math.max(since, copyHorizon);
        return since > 0 && (since > latestRevision || known < horizon);
    }
}
