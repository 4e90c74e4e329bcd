package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyReplica;
import be.werkwinkel.kiosk.vacancy.index.VacancyIndex;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The terminal's replica in its local index. The hub's revision is the index's committed sequence
 * (in the commit's user data), so it survives restarts and crashes with the documents it belongs
 * to. "Up to date" confirmations are kept in memory only: writing a commit for every minute in
 * which nothing changed would rebuild the suggestion tables each time; after a restart the last
 * commit's time stands in for it.
 */
@ConditionalOnRole(KioskRole.TERMINAL)
@Component
class IndexVacancyReplica implements VacancyReplica {

    private final VacancyIndex index;
    private final Clock clock;
    private volatile @Nullable Instant confirmedAt;

    IndexVacancyReplica(VacancyConfiguration.OpenIndex openIndex, Clock clock) {
        this.index = openIndex.index();
        this.clock = clock;
    }

    @Override
    public long revision() {
        return index.committedSequence();
    }

    @Override
    public synchronized void apply(long revision, Collection<Vacancy> upserts, Collection<VacancyId> removals) {
        if (upserts.stream().anyMatch(vacancy -> vacancy.id() == null)) {
            throw new IllegalArgumentException("a replicated vacancy carries the hub's id");
        }
        index.apply(upserts, removals, revision);
    }

    @Override
    public synchronized void replace(FullCopy copy) {
        index.replace(writes -> copy.copy((upserts, removals) -> {
            if (upserts.stream().anyMatch(vacancy -> vacancy.id() == null)) {
                throw new IllegalArgumentException("a replicated vacancy carries the hub's id");
            }
            writes.upsert(upserts);
            writes.delete(removals);
        }));
    }

    @Override
    public void confirmUpToDate() {
        confirmedAt = clock.instant();
    }

    @Override
    public Optional<Instant> updatedAt() {
        var committed = index.committedAt();
        if (committed.isEmpty()) {
            return Optional.empty();
        }
        var confirmed = confirmedAt;
        return Optional.of(confirmed != null && confirmed.isAfter(committed.get()) ? confirmed : committed.get());
    }
}
