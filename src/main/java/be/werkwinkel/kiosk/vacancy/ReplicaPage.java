package be.werkwinkel.kiosk.vacancy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code GET /api/terminal/v1/vacancies/changes} (docs/terminal-api.yaml, decision 039):
 * one page of the hub's vacancy change log, written by the hub and read by a terminal. Records of
 * their own, with names that stay when the domain types change; enum values in lower case.
 * Unknown fields are ignored, so a newer hub may add some.
 *
 * @param changes oldest first
 * @param latestRevision the newest revision the hub had handed out when it read the page
 * @param upToDate this page reaches {@code latestRevision}: ask again next time, not now
 * @param resync the revision asked from is older than the oldest the hub can still answer for
 *     (or newer than the hub knows): {@code changes} is empty, copy everything anew from 0
 * @param horizon the newest revision whose tombstone the hub has pruned (0 while none): a full
 *     copy gives the horizon of its first page with every later request ({@code horizon=}), so
 *     that paging through old revisions is not taken for a replica that fell behind
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplicaPage(List<Change> changes, long latestRevision, boolean upToDate, boolean resync,
        long horizon) {

    public static final String UPSERTED = "upserted";
    public static final String REMOVED = "removed";

    public ReplicaPage {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * One change: {@code {"revision":..,"type":"upserted","vacancy":{..}}} or
     * {@code {"revision":..,"type":"removed","id":..}}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(long revision, String type, @Nullable ReplicaVacancy vacancy, @Nullable Long id) {

        public static Change upserted(long revision, Vacancy vacancy) {
            return new Change(revision, UPSERTED, ReplicaVacancy.of(vacancy), null);
        }

        public static Change removed(long revision, VacancyId id) {
            return new Change(revision, REMOVED, null, id.value());
        }
    }

    /** The whole stored vacancy, as a replica indexes it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReplicaVacancy(long id, String source, String identifier, String title, String descriptionHtml,
            String descriptionText, LocalDate datePosted, @Nullable LocalDate validThrough, List<String> contracts,
            List<String> regimes, String employer, Location location, @Nullable String sector,
            @Nullable String occupation, @Nullable String education, @Nullable String educationText,
            @Nullable String experience, @Nullable String experienceText, List<String> skills,
            @Nullable String workHours, @Nullable Salary salary, String language, @Nullable String url,
            boolean directApply, @Nullable Contact applicationContact, @Nullable Instant closesAt, Texts texts) {

        public static ReplicaVacancy of(Vacancy vacancy) {
            var location = vacancy.location();
            var salary = vacancy.salary();
            var contact = vacancy.applicationContact();
            var texts = vacancy.texts();
            return new ReplicaVacancy(Objects.requireNonNull(vacancy.id(), "a stored vacancy has an id").value(),
                    vacancy.source(), vacancy.identifier(), vacancy.title(), vacancy.descriptionHtml(),
                    vacancy.descriptionText(), vacancy.datePosted(), vacancy.validThrough(), names(vacancy.contracts()),
                    names(vacancy.regimes()), vacancy.employer(),
                    new Location(location.postcode(), location.locality(), location.streetAddress(),
                            location.latitude(), location.longitude(), location.country(), location.remote(),
                            location.remoteArea(), location.otherPlaces()),
                    name(vacancy.sector()), vacancy.occupation(), name(vacancy.education()), vacancy.educationText(),
                    name(vacancy.experience()), vacancy.experienceText(), vacancy.skills(), vacancy.workHours(),
                    salary == null ? null : new Salary(salary.minimum(), salary.maximum(), salary.currency(),
                            salary.unit().toLowerCase(Locale.ROOT)),
                    vacancy.language(), vacancy.url(), vacancy.directApply(),
                    contact == null ? null : new Contact(contact.name(), contact.email(), contact.telephone(),
                            contact.url()),
                    vacancy.closesAt(),
                    new Texts(texts.qualifications(), texts.responsibilities(), texts.benefits(), texts.incentives()));
        }

        /**
         * The vacancy this describes.
         *
         * @throws IllegalArgumentException when a required field is missing or a value is unknown:
         *     the page is not applied
         */
        public Vacancy toVacancy() {
            var place = required(location, "location");
            var pay = salary;
            var contact = applicationContact;
            var more = texts == null ? Texts.NONE : texts;
            return new Vacancy(new VacancyId(id), required(source, "source"), required(identifier, "identifier"),
                    required(title, "title"), required(descriptionHtml, "descriptionHtml"),
                    required(descriptionText, "descriptionText"), required(datePosted, "datePosted"), validThrough,
                    values(ContractType.class, contracts), values(WorkRegime.class, regimes),
                    required(employer, "employer"),
                    new Vacancy.Location(place.postcode(), place.locality(), place.streetAddress(), place.latitude(),
                            place.longitude(), place.country(), place.remote(), place.remoteArea(),
                            place.otherPlaces() == null ? List.of() : place.otherPlaces()),
                    value(Sector.class, sector), occupation, value(EducationLevel.class, education), educationText,
                    value(ExperienceLevel.class, experience), experienceText, skills == null ? List.of() : skills,
                    workHours,
                    pay == null ? null : new Vacancy.Salary(pay.minimum(), pay.maximum(),
                            required(pay.currency(), "salary.currency"),
                            required(pay.unit(), "salary.unit").toUpperCase(Locale.ROOT)),
                    required(language, "language"), url, directApply,
                    contact == null ? null : new Vacancy.ApplicationContact(contact.name(), contact.email(),
                            contact.telephone(), contact.url()),
                    closesAt,
                    new Vacancy.Texts(more.qualifications(), more.responsibilities(), more.benefits(),
                            more.incentives()));
        }
    }

    /** @param country ISO 3166 code of a country other than Belgium; null in Belgium */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(@Nullable String postcode, @Nullable String locality, @Nullable String streetAddress,
            @Nullable Double latitude, @Nullable Double longitude, @Nullable String country, boolean remote,
            @Nullable String remoteArea, List<String> otherPlaces) {
    }

    /** @param unit hour, day, week, month or year */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Salary(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum, String currency, String unit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(@Nullable String name, @Nullable String email, @Nullable String telephone,
            @Nullable String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Texts(@Nullable String qualifications, @Nullable String responsibilities,
            @Nullable String benefits, @Nullable String incentives) {

        static final Texts NONE = new Texts(null, null, null, null);
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("a replicated vacancy lacks " + field);
        }
        return value;
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }

    private static <E extends Enum<E>> Set<E> values(Class<E> type, @Nullable List<String> names) {
        return names == null ? Set.of()
                : names.stream().map(name -> Enum.valueOf(type, name.toUpperCase(Locale.ROOT)))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
