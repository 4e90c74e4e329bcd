package be.werkwinkel.kiosk.vacancy;

import be.werkwinkel.kiosk.reference.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One page of hits, the total, the facet counts for the filter chips, and help for a query that
 * found little.
 *
 * @param origin the place distances are measured from, when the query named one that exists
 * @param unknownPlace the query's {@code near} when it matched no Belgian postcode or municipality
 * @param didYouMean a corrected query when this one found little, else null
 * @param partialMatch no vacancy has every word that was typed (two or more), so these are near
 *     matches, ranked by how much of the text they have: "kok deeltijds" still finds cooks
 * @param noWords the text has nothing to search for (only emoji, punctuation or words such as
 *     "de" and "een"), so nothing was searched: the visitor should type a job or a word
 * @param completedAs the text as typed found nothing, so these are the vacancies of the
 *     suggestions autocomplete shows for it: a half-typed "soign" finds what "soigneur d'animaux"
 *     finds; empty otherwise
 * @param facets counts per dimension and value; each dimension is counted with the visitor's
 *     other filters applied but not its own, so every chip says what tapping it would give
 */
public record SearchResult(
        long total,
        List<Hit> hits,
        Facets facets,
        @Nullable Place origin,
        @Nullable String unknownPlace,
        @Nullable String didYouMean,
        boolean partialMatch,
        boolean noWords,
        List<String> completedAs) {

    public SearchResult {
        hits = List.copyOf(hits);
        completedAs = List.copyOf(completedAs);
    }

    /**
     * One result card. {@code title} is the whole title and {@code snippet} a short passage of the
     * description, both as plain text with the words that matched marked.
     *
     * @param source the feed the vacancy came from
     * @param identifier the feed's identifier of it
     * @param country the ISO 3166 code of a country other than Belgium, for a job abroad
     * @param remote the work is done from home or anywhere
     */
    public record Hit(
            VacancyId id,
            String source,
            String identifier,
            MarkedText title,
            MarkedText snippet,
            String employer,
            @Nullable String postcode,
            @Nullable String locality,
            @Nullable Double distanceKm,
            Set<WorkRegime> regimes,
            Set<ContractType> contracts,
            LocalDate datePosted,
            @Nullable String country,
            boolean remote) {

        /** A hit in Belgium, on site. */
        public Hit(VacancyId id, String source, String identifier, MarkedText title, MarkedText snippet,
                String employer, @Nullable String postcode, @Nullable String locality, @Nullable Double distanceKm,
                Set<WorkRegime> regimes, Set<ContractType> contracts, LocalDate datePosted) {
            this(id, source, identifier, title, snippet, employer, postcode, locality, distanceKm, regimes, contracts,
                    datePosted, null, false);
        }
    }

    /** Facet counts; a value with no matching vacancy is left out. */
    public record Facets(
            Map<Integer, Long> radiusKm,
            Map<Sector, Long> sectors,
            Map<ContractType, Long> contracts,
            Map<WorkRegime, Long> regimes,
            Map<EducationLevel, Long> education,
            Map<ExperienceLevel, Long> experience,
            Map<String, Long> languages,
            Map<PostedSince, Long> postedSince) {

        public static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of());
    }
}
