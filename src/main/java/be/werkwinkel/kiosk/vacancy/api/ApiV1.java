package be.werkwinkel.kiosk.vacancy.api;

import be.werkwinkel.kiosk.vacancy.MarkedText;
import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON contract of {@code /api/v1}: records of its own, so that renaming or reshaping a domain
 * type never changes what clients get. Enum values are written as the request parameters take
 * them (lower case, e.g. {@code full_time}). A change that breaks clients gets {@code /api/v2}.
 */
final class ApiV1 {

    private ApiV1() {
    }

    /** The status of an answer with results; while the vacancies are loaded the API answers 503 with {@code "loading": true}. */
    static final String READY = "ready";

    record SearchResponse(String status, long total, int page, int pageSize, List<Hit> hits, Facets facets,
            @Nullable PlaceDto origin, @Nullable String unknownPlace, @Nullable String didYouMean,
            boolean partialMatch, List<String> completedAs) {

        static SearchResponse of(SearchResult result, int page, int pageSize) {
            return new SearchResponse(READY, result.total(), page, pageSize,
                    result.hits().stream().map(Hit::of).toList(), Facets.of(result.facets()),
                    result.origin() == null ? null : PlaceDto.of(result.origin()), result.unknownPlace(),
                    result.didYouMean(), result.partialMatch(), result.completedAs());
        }
    }

    /**
     * One hit. {@code title} and {@code snippet} are plain text with the matched words as
     * character ranges ({@code start} inclusive, {@code end} exclusive, in UTF-16 code units as in
     * JavaScript strings): a client marks them up as its medium needs.
     *
     * @param source the feed the vacancy came from
     * @param identifier the feed's own identifier of the vacancy
     * @param country ISO 3166 code of a country other than Belgium, for a job abroad; null in Belgium
     * @param remote the work is done from home or anywhere
     */
    record Hit(long id, String source, String identifier, Marked title, Marked snippet, String employer,
            @Nullable String postcode, @Nullable String locality, @Nullable Double distanceKm, List<String> regimes,
            List<String> contracts, LocalDate datePosted, @Nullable String country, boolean remote) {

        static Hit of(SearchResult.Hit hit) {
            return new Hit(hit.id().value(), hit.source(), hit.identifier(), Marked.of(hit.title()),
                    Marked.of(hit.snippet()), hit.employer(), hit.postcode(), hit.locality(), hit.distanceKm(),
                    names(hit.regimes()), names(hit.contracts()), hit.datePosted(), hit.country(), hit.remote());
        }
    }

    record Marked(String text, List<Range> marks) {
        static Marked of(MarkedText text) {
            return new Marked(text.text(), text.marks().stream().map(mark -> new Range(mark.start(), mark.end())).toList());
        }
    }

    record Range(int start, int end) {
    }

    record Facets(Map<Integer, Long> radiusKm, Map<String, Long> sectors, Map<String, Long> contracts,
            Map<String, Long> regimes, Map<String, Long> education, Map<String, Long> experience,
            Map<String, Long> languages, Map<String, Long> postedSince) {

        static Facets of(SearchResult.Facets facets) {
            return new Facets(facets.radiusKm(), byName(facets.sectors()), byName(facets.contracts()),
                    byName(facets.regimes()), byName(facets.education()), byName(facets.experience()),
                    facets.languages(), byName(facets.postedSince()));
        }
    }

    record PlaceDto(String postcode, String name, double latitude, double longitude) {
        static PlaceDto of(Place place) {
            return new PlaceDto(place.postcode(), place.name(), place.latitude(), place.longitude());
        }
    }

    /** One open vacancy. {@code descriptionHtml} is the feed's description, sanitised to safe markup. */
    record VacancyDetails(long id, String source, String identifier, String title, String descriptionHtml,
            String descriptionText, LocalDate datePosted, @Nullable LocalDate validThrough, List<String> contracts,
            List<String> regimes, String employer, Location location, @Nullable String sector,
            @Nullable String occupation, @Nullable String education, @Nullable String educationText,
            @Nullable String experience, @Nullable String experienceText, List<String> skills,
            @Nullable String workHours, @Nullable Salary salary, String language, @Nullable String url,
            boolean directApply, @Nullable Contact applicationContact, @Nullable Instant closesAt,
            @Nullable String qualifications, @Nullable String responsibilities, @Nullable String benefits,
            @Nullable String incentives) {

        static VacancyDetails of(Vacancy vacancy) {
            var location = vacancy.location();
            var salary = vacancy.salary();
            var contact = vacancy.applicationContact();
            return new VacancyDetails(vacancy.id() == null ? 0 : vacancy.id().value(), vacancy.source(),
                    vacancy.identifier(), vacancy.title(), vacancy.descriptionHtml(), vacancy.descriptionText(),
                    vacancy.datePosted(), vacancy.validThrough(), names(vacancy.contracts()), names(vacancy.regimes()),
                    vacancy.employer(), new Location(location.postcode(), location.locality(), location.streetAddress(),
                            location.latitude(), location.longitude(), location.country(), location.remote(),
                            location.remoteArea(), location.otherPlaces()),
                    name(vacancy.sector()), vacancy.occupation(), name(vacancy.education()), vacancy.educationText(),
                    name(vacancy.experience()), vacancy.experienceText(), vacancy.skills(), vacancy.workHours(),
                    salary == null ? null : new Salary(salary.minimum(), salary.maximum(), salary.currency(),
                            salary.unit().toLowerCase(Locale.ROOT)),
                    vacancy.language(), vacancy.url(), vacancy.directApply(),
                    contact == null ? null : new Contact(contact.name(), contact.email(), contact.telephone(),
                            contact.url()),
                    vacancy.closesAt(), vacancy.texts().qualifications(), vacancy.texts().responsibilities(),
                    vacancy.texts().benefits(), vacancy.texts().incentives());
        }
    }

    /**
     * @param country ISO 3166 code of a country other than Belgium; null in Belgium
     * @param otherPlaces further places the job is offered in, as the feed names them
     */
    record Location(@Nullable String postcode, @Nullable String locality, @Nullable String streetAddress,
            @Nullable Double latitude, @Nullable Double longitude, @Nullable String country, boolean remote,
            @Nullable String remoteArea, List<String> otherPlaces) {
    }

    /** @param unit hour, day, week, month or year */
    record Salary(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum, String currency, String unit) {
    }

    record Contact(@Nullable String name, @Nullable String email, @Nullable String telephone, @Nullable String url) {
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static <E extends Enum<E>> Map<String, Long> byName(Map<E, Long> counts) {
        var result = new LinkedHashMap<String, Long>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> result.put(entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue()));
        return result;
    }
}
