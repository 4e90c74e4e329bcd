package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.vacancy.VacancyReplica;
import be.werkwinkel.kiosk.vacancy.index.IndexDamagedException;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Vacancy search on a terminal: everything from the local index, which holds the whole stored
 * vacancy with every document, so no database is needed. Until the replica has been filled from
 * the hub ({@link VacancyReplica}, kept up to date by the terminal side), and while a damaged
 * replica waits for a full resync, searches say "loading vacancies", never "nothing found". The
 * status carries when the replica was last known to be current.
 */
@ConditionalOnRole(KioskRole.TERMINAL)
@Service
class ReplicaVacancySearch extends IndexedVacancySearch {

    private static final Logger log = LoggerFactory.getLogger(ReplicaVacancySearch.class);

    private final VacancyReplica replica;

    ReplicaVacancySearch(VacancyConfiguration.OpenIndex openIndex, VacancyReplica replica, BelgianPlaces places,
            Clock clock) {
        super(openIndex.index(), places, clock);
        this.replica = replica;
    }

    @Override
    public Status status() {
        try {
            return new Status(fromIndex(index::count), null, false, replica.updatedAt().orElse(null));
        } catch (VacanciesLoading loading) {
            return new Status(0, null, true, null);
        }
    }

    @Override
    <T> T fromIndex(Supplier<T> read) {
        if (index.committedSequence() < 0) {
            throw new VacanciesLoading();
        }
        try {
            return read.get();
        } catch (IndexDamagedException e) {
            log.warn("The local vacancy replica is damaged; it is emptied and waits for a full resync from the hub");
            index.recover();
            throw new VacanciesLoading();
        }
    }
}
