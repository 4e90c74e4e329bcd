package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.vacancy.index.IndexDamagedException;
import be.werkwinkel.kiosk.vacancy.index.VacancyIndex;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Vacancy search on a terminal: everything from the local index, which holds the whole stored
 * vacancy with every document, so no database is needed. Until the replica has been filled from
 * the hub (the terminal issue brings the sync), and while a damaged replica waits for a full
 * resync, searches say "loading vacancies", never "nothing found".
 */
@ConditionalOnRole(KioskRole.TERMINAL)
@Service
class ReplicaVacancySearch implements VacancySearch {

    private static final Logger log = LoggerFactory.getLogger(ReplicaVacancySearch.class);

    private final VacancyIndex index;
    private final BelgianPlaces places;
    private final Clock clock;

    ReplicaVacancySearch(VacancyConfiguration.OpenIndex openIndex, BelgianPlaces places, Clock clock) {
        this.index = openIndex.index();
        this.places = places;
        this.clock = clock;
    }

    @Override
    public SearchResult search(VacancyQuery query) {
        return fromReplica(() -> index.search(query));
    }

    @Override
    public Optional<Vacancy> find(VacancyId id) {
        var today = LocalDate.now(clock);
        return fromReplica(() -> index.find(id)).filter(vacancy -> !vacancy.closedAt(clock.instant(), today));
    }

    @Override
    public List<String> suggest(String typed, int limit) {
        return typed.isBlank() || index.committedSequence() < 0 ? List.of() : index.suggest(typed.strip(), limit);
    }

    @Override
    public Optional<Place> place(String postcodeOrName) {
        return postcodeOrName.isBlank() ? Optional.empty() : places.find(postcodeOrName);
    }

    @Override
    public Status status() {
        try {
            return new Status(fromReplica(index::count), null, false);
        } catch (VacanciesLoading loading) {
            return new Status(0, null, true);
        }
    }

    private <T> T fromReplica(Supplier<T> read) {
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
