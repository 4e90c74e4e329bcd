package be.werkwinkel.kiosk.vacancy;

import be.werkwinkel.kiosk.reference.Place;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finding vacancies: the port the screens and the terminal API use. Standalone and hub answer from
 * the local Lucene index; a terminal will answer from its replica.
 */
public interface VacancySearch {

    SearchResult search(VacancyQuery query);

    /** A vacancy that is still open (not expired, not withdrawn). */
    Optional<Vacancy> find(VacancyId id);

    /** Titles and occupations that start with (a word of) what was typed, most useful first. */
    List<String> suggest(String typed, int limit);

    /** A Belgian postcode or municipality name, as typed by a visitor. */
    Optional<Place> place(String postcodeOrName);

    /** How many vacancies can be found and how fresh they are. */
    Status status();

    /** @param lastUpdate when the vacancies last changed (an import), null before the first one */
    record Status(long vacancies, @Nullable Instant lastUpdate) {
    }
}
