package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.vacancy.index.VacancyIndex;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Vacancy search answered from the index alone, which holds the whole stored vacancy with every
 * document. What differs per role is only what a read does when the index is not ready or turns
 * out damaged ({@link #fromIndex}): standalone and hub rebuild it from the database, a terminal
 * waits for a resync from the hub.
 */
abstract class IndexedVacancySearch implements VacancySearch {

    protected final VacancyIndex index;
    private final BelgianPlaces places;
    protected final Clock clock;

    IndexedVacancySearch(VacancyIndex index, BelgianPlaces places, Clock clock) {
        this.index = index;
        this.places = places;
        this.clock = clock;
    }

    @Override
    public final SearchResult search(VacancyQuery query) {
        return fromIndex(() -> index.search(query));
    }

    @Override
    public final Optional<Vacancy> find(VacancyId id) {
        var today = LocalDate.now(clock);
        return fromIndex(() -> index.find(id)).filter(vacancy -> !vacancy.closedAt(clock.instant(), today));
    }

    @Override
    public final List<String> suggest(String typed, KioskLanguage language, int limit) {
        return typed.isBlank() ? List.of() : index.suggest(typed.strip(), language, limit);
    }

    @Override
    public final Optional<Place> place(String postcodeOrName) {
        return postcodeOrName.isBlank() ? Optional.empty() : places.find(postcodeOrName);
    }

    /**
     * Runs a read of the index.
     *
     * @throws VacanciesLoading while the index has nothing to answer from yet, or was found damaged
     */
    abstract <T> T fromIndex(Supplier<T> read);
}
