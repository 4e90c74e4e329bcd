package be.werkwinkel.kiosk.vacancy;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * A terminal's local copy of the hub's vacancies (terminal role only; decision 039): the Lucene
 * index the terminal searches, kept up to date from the hub's change log by the terminal side
 * ({@code sync}). Every write is one Lucene commit that carries the hub's revision it reaches, so
 * the replica knows after any restart or crash where to go on from.
 */
public interface VacancyReplica {

    /**
     * The hub revision the replica has applied everything up to; -1 when it holds nothing it can
     * build on (new, or emptied after damage): then only a {@link #replace full copy} helps.
     */
    long revision();

    /**
     * Applies one page of the hub's changes in one commit: {@code upserts} replace vacancies by id,
     * {@code removals} go, and the replica's revision becomes {@code revision}. A crash at any
     * instant leaves the replica as it was before or as it is after, never in between; a failure
     * leaves it as it was.
     */
    void apply(long revision, Collection<Vacancy> upserts, Collection<VacancyId> removals);

    /**
     * Replaces the whole replica by a full copy that {@code copy} writes (the change log from
     * revision 0, page by page), committed once at the end. Visitors search the old replica until
     * then; when the copy fails halfway, the old one stays.
     */
    void replace(FullCopy copy);

    /** Writes a full copy for {@link #replace}; returns the revision the copy reaches. */
    @FunctionalInterface
    interface FullCopy {
        long copy(Changes changes);
    }

    /** Where a {@link FullCopy} writes its pages. */
    interface Changes {
        void apply(Collection<Vacancy> upserts, Collection<VacancyId> removals);
    }

    /** Notes that the hub had nothing newer than {@link #revision()} just now. */
    void confirmUpToDate();

    /**
     * When the replica was last known to be as current as the hub: the last time the hub said
     * there was nothing newer, or, after a restart, the last commit. Empty while it holds nothing.
     */
    Optional<Instant> updatedAt();
}
