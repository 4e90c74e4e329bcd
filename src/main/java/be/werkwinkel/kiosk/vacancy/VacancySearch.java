package be.werkwinkel.kiosk.vacancy;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.reference.Place;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finding vacancies: the port the screens and the terminal API use. Standalone and hub answer from
 * the local Lucene index; a terminal answers from its replica ({@link VacancyReplica}).
 */
public interface VacancySearch {

    /**
     * How many suggestions a search screen shows under the field. A text that finds nothing is
     * searched as that many of its suggestions ({@link SearchResult#completedAs}).
     */
    int SUGGESTIONS_SHOWN = 6;

    /** @throws VacanciesLoading while the vacancies are being loaded: say so, not "nothing found" */
    SearchResult search(VacancyQuery query);

    /**
     * A vacancy that is still open (not expired, not withdrawn), from the index.
     *
     * @throws VacanciesLoading while the vacancies are being loaded
     */
    Optional<Vacancy> find(VacancyId id);

    /**
     * Titles and occupations that start with (a word of) what was typed, most useful first, in the
     * language of the screen: its ESCO labels and the titles of vacancies written in it.
     */
    List<String> suggest(String typed, KioskLanguage language, int limit);

    /** A Belgian postcode or municipality name, as typed by a visitor. */
    Optional<Place> place(String postcodeOrName);

    /** How many vacancies can be found and how fresh they are. */
    Status status();

    /**
     * @param lastUpdate when the vacancies last changed (an import), null before the first one or
     *     where that is not known (a terminal's replica)
     * @param loading the vacancies are being loaded (first start, or the index is rebuilt after
     *     damage): {@code vacancies} is not yet meaningful and searches throw {@link VacanciesLoading}
     * @param updatedAt a terminal's replica only: when it was last known to be as current as the
     *     hub ({@link VacancyReplica#updatedAt()}); null where the vacancies are kept locally
     *     (standalone, hub), whose screens say nothing of it
     */
    record Status(long vacancies, @Nullable Instant lastUpdate, boolean loading, @Nullable Instant updatedAt) {

        /** The status where the vacancies are kept locally. */
        public Status(long vacancies, @Nullable Instant lastUpdate, boolean loading) {
            this(vacancies, lastUpdate, loading, null);
        }
    }

    /**
     * The vacancies cannot be searched yet because they are being loaded (the index is built or
     * rebuilt); they can in a few seconds or minutes. Not a failure to show as one.
     */
    final class VacanciesLoading extends RuntimeException {
        public VacanciesLoading() {
            super("The vacancies are being loaded");
        }
    }
}
