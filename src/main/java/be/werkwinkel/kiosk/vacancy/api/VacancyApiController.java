package be.werkwinkel.kiosk.vacancy.api;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.PostedSince;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/vacancies?q=…&near=…&radiusKm=…&<filters>&sort=…&page=…&pageSize=…&lang=…} returns
 * hits, total and facet counts ({@code lang}, the language of the client's screen, decides the words
 * "did you mean" proposes; Dutch when absent); {@code GET /api/v1/vacancies/{id}} one open vacancy; the answers are the
 * records of {@link ApiV1}. Filter parameters may repeat or hold a comma list. An unknown parameter
 * or a bad value is a 400 with a message that says what is allowed; nothing is guessed. While the
 * vacancies are being loaded the answer is a 503 problem with {@code "loading": true} and a
 * {@code Retry-After}, never an empty result.
 *
 * <p>{@code /api/vacancies} (the path before versioning) answers the same as {@code /api/v1} and
 * says in a {@code Deprecation} header that it will go.
 */
@RestController
@RequestMapping({VacancyApiController.V1, VacancyApiController.UNVERSIONED})
class VacancyApiController {

    static final String V1 = "/api/v1/vacancies";
    static final String UNVERSIONED = "/api/vacancies";
    /** Seconds a client should wait before asking again while the vacancies are loaded. */
    static final int RETRY_AFTER_SECONDS = 5;

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_TEXT = VacancyQuery.MAX_TEXT;
    private static final Set<String> PARAMETERS = new TreeSet<>(List.of("q", "near", "postcode", "radiusKm",
            "sector", "contract", "regime", "education", "experience", "language", "postedSince", "sort", "page",
            "pageSize", "lang"));

    private static final List<String> LANGUAGES = Arrays.stream(KioskLanguage.values()).map(KioskLanguage::code)
            .toList();
    private static final Pattern ASCII_NUMBER = Pattern.compile("-?[0-9]{1,18}");

    private final VacancySearch search;

    VacancyApiController(VacancySearch search) {
        this.search = search;
    }

    @GetMapping
    ResponseEntity<ApiV1.SearchResponse> search(@RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request) {
        var unknown = parameters.keySet().stream().filter(name -> !PARAMETERS.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadParameter("Unknown parameter " + unknown + ". Allowed: " + PARAMETERS + ".");
        }
        if (parameters.containsKey("near") && parameters.containsKey("postcode")) {
            throw new BadParameter("Give either 'near' or 'postcode', not both.");
        }
        var text = single(parameters, "q", "");
        if (text.length() > MAX_TEXT) {
            throw new BadParameter("'q' may hold at most " + MAX_TEXT + " characters.");
        }
        var near = single(parameters, "near", single(parameters, "postcode", ""));
        if (near.strip().length() > VacancyQuery.MAX_NEAR) {
            throw new BadParameter("'near' may hold at most " + VacancyQuery.MAX_NEAR + " characters.");
        }
        var radius = number(parameters, "radiusKm", null);
        if (radius != null && !VacancyQuery.RADII_KM.contains(radius)) {
            throw new BadParameter("'radiusKm' must be one of " + new TreeSet<>(VacancyQuery.RADII_KM) + ".");
        }
        if (radius != null && near.isBlank()) {
            throw new BadParameter("'radiusKm' needs 'near' or 'postcode'.");
        }
        var pageSize = number(parameters, "pageSize", DEFAULT_PAGE_SIZE);
        var page = number(parameters, "page", 0);
        if (pageSize < 1 || pageSize > VacancyQuery.MAX_PAGE_SIZE || page < 0 || page > 10_000) {
            throw new BadParameter("'page' must be 0 to 10000 and 'pageSize' 1 to " + VacancyQuery.MAX_PAGE_SIZE + ".");
        }
        var languages = values(parameters, "language", code -> {
            if (!code.matches("[a-z]{2}")) {
                throw new BadParameter("'language' takes two-letter codes such as nl, fr, en.");
            }
            return code;
        });
        var posted = values(parameters, "postedSince", value -> enumValue(PostedSince.class, "postedSince", value));
        if (posted.size() > 1) {
            throw new BadParameter("'postedSince' takes one value.");
        }
        var sort = enumValue(VacancyQuery.Sort.class, "sort", single(parameters, "sort", "relevance"));
        var lang = single(parameters, "lang", KioskLanguage.DEFAULT.code());
        var screenLanguage = KioskLanguage.byCode(lang).orElseThrow(() -> new BadParameter(
                "'lang' is the language of the screen: one of " + LANGUAGES + ", not '" + abbreviate(lang) + "'."));
        var query = new VacancyQuery(text, near, radius,
                values(parameters, "sector", value -> enumValue(Sector.class, "sector", value)),
                values(parameters, "contract", value -> enumValue(ContractType.class, "contract", value)),
                values(parameters, "regime", value -> enumValue(WorkRegime.class, "regime", value)),
                values(parameters, "education", value -> enumValue(EducationLevel.class, "education", value)),
                values(parameters, "experience", value -> enumValue(ExperienceLevel.class, "experience", value)),
                languages, posted.stream().findFirst().orElse(null), sort, page, pageSize, screenLanguage);
        var result = search.search(query);
        return versioned(request, ResponseEntity.ok()).body(ApiV1.SearchResponse.of(result, page, pageSize));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id, HttpServletRequest request) {
        if (id.chars().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            throw new BadParameter("A vacancy id is a number written with the digits 0-9, not '" + abbreviate(id) + "'.");
        }
        var vacancy = VacancyId.parse(id).flatMap(search::find);
        if (vacancy.isEmpty()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No open vacancy with id '" + abbreviate(id) + "'.");
            return versioned(request, ResponseEntity.status(HttpStatus.NOT_FOUND)).body(problem);
        }
        return versioned(request, ResponseEntity.ok()).body(ApiV1.VacancyDetails.of(vacancy.get()));
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameter bad, HttpServletRequest request) {
        return versioned(request, ResponseEntity.badRequest())
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage()));
    }

    /** Not a failure: the index is being built. Clients wait and ask again; the body says why. */
    @ExceptionHandler(VacancySearch.VacanciesLoading.class)
    ResponseEntity<ProblemDetail> loading(HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The vacancies are being loaded; ask again in a few seconds.");
        problem.setProperty("loading", true);
        return versioned(request, ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE))
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(problem);
    }

    /** On the unversioned path: the headers of RFC 9745 and RFC 8594 that point to {@code /api/v1}. */
    private static ResponseEntity.BodyBuilder versioned(HttpServletRequest request, ResponseEntity.BodyBuilder response) {
        if (request.getRequestURI().startsWith(UNVERSIONED)) {
            response.header("Deprecation", "true")
                    .header(HttpHeaders.LINK, "<" + V1 + ">; rel=\"successor-version\"");
        }
        return response;
    }

    private static String single(MultiValueMap<String, String> parameters, String name, String fallback) {
        var values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1) {
            throw new BadParameter("'" + name + "' may be given once.");
        }
        return values.getFirst().strip();
    }

    private static @Nullable Integer number(MultiValueMap<String, String> parameters, String name,
            @Nullable Integer fallback) {
        var text = single(parameters, name, "");
        if (text.isEmpty()) {
            return fallback;
        }
        // Integer.valueOf also reads Arabic-Indic or fullwidth digits; the API speaks ASCII only
        if (!ASCII_NUMBER.matcher(text).matches()) {
            throw new BadParameter("'" + name + "' must be a whole number written with the digits 0-9, not '"
                    + abbreviate(text) + "'.");
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new BadParameter("'" + name + "' must be a whole number, not '" + abbreviate(text) + "'.");
        }
    }

    private static <T> Set<T> values(MultiValueMap<String, String> parameters, String name, Function<String, T> parse) {
        var result = new LinkedHashSet<T>();
        for (var value : parameters.getOrDefault(name, List.of())) {
            for (var part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(parse.apply(part.strip()));
                }
            }
        }
        return result;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            var allowed = Arrays.stream(type.getEnumConstants()).map(constant -> constant.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new BadParameter("'" + name + "' cannot be '" + abbreviate(value) + "'. Allowed: " + allowed + ".");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** A request parameter that is not allowed or not understood. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }
}
