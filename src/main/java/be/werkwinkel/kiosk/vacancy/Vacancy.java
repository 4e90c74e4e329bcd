package be.werkwinkel.kiosk.vacancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One vacancy as the kiosk knows it, mapped from a schema.org {@code JobPosting}.
 *
 * @param id the kiosk's own number (null before it is stored)
 * @param source the feed it came from (a configured feed name, or a file name for a one-off import)
 * @param identifier the feed's identifier, unique within the source
 * @param descriptionHtml the description sanitised to safe markup (paragraphs, lists, emphasis, line breaks)
 * @param descriptionText the same as plain text, for search and snippets
 * @param sector the ISCO major group of the occupation, when known
 * @param occupation the ESCO occupation (preferred label) or the feed's occupational category text
 * @param language the ISO 639-1 code of the vacancy's language ({@code nl}, {@code fr}, …)
 * @param validThrough the last day it is open, in Belgium
 * @param closesAt the moment it closes when the feed gave a time of day ("until 17:00"); null when
 *     it is open to the end of {@code validThrough}
 * @param texts what the posting says besides its description, for the details screen
 */
public record Vacancy(
        @Nullable VacancyId id,
        String source,
        String identifier,
        String title,
        String descriptionHtml,
        String descriptionText,
        LocalDate datePosted,
        @Nullable LocalDate validThrough,
        Set<ContractType> contracts,
        Set<WorkRegime> regimes,
        String employer,
        Location location,
        @Nullable Sector sector,
        @Nullable String occupation,
        @Nullable EducationLevel education,
        @Nullable String educationText,
        @Nullable ExperienceLevel experience,
        @Nullable String experienceText,
        List<String> skills,
        @Nullable String workHours,
        @Nullable Salary salary,
        String language,
        @Nullable String url,
        boolean directApply,
        @Nullable ApplicationContact applicationContact,
        @Nullable Instant closesAt,
        Texts texts) {

    public Vacancy {
        contracts = Set.copyOf(contracts);
        regimes = Set.copyOf(regimes);
        skills = List.copyOf(skills);
    }

    /** A vacancy without closing time or further texts (tests, demo data). */
    public Vacancy(@Nullable VacancyId id, String source, String identifier, String title, String descriptionHtml,
            String descriptionText, LocalDate datePosted, @Nullable LocalDate validThrough,
            Set<ContractType> contracts, Set<WorkRegime> regimes, String employer, Location location,
            @Nullable Sector sector, @Nullable String occupation, @Nullable EducationLevel education,
            @Nullable String educationText, @Nullable ExperienceLevel experience, @Nullable String experienceText,
            List<String> skills, @Nullable String workHours, @Nullable Salary salary, String language,
            @Nullable String url, boolean directApply, @Nullable ApplicationContact applicationContact) {
        this(id, source, identifier, title, descriptionHtml, descriptionText, datePosted, validThrough, contracts,
                regimes, employer, location, sector, occupation, education, educationText, experience, experienceText,
                skills, workHours, salary, language, url, directApply, applicationContact, null, Texts.NONE);
    }

    /** Whether it has closed at {@code now}; {@code today} is the day of {@code now} in Belgium. */
    public boolean closedAt(Instant now, LocalDate today) {
        return closesAt != null ? !closesAt.isAfter(now) : validThrough != null && validThrough.isBefore(today);
    }

    /** The same vacancy with the kiosk's number, once stored (or without one, for a copy that carries it elsewhere). */
    public Vacancy withId(@Nullable VacancyId newId) {
        return new Vacancy(newId, source, identifier, title, descriptionHtml, descriptionText, datePosted,
                validThrough, contracts, regimes, employer, location, sector, occupation, education, educationText,
                experience, experienceText, skills, workHours, salary, language, url, directApply, applicationContact,
                closesAt, texts);
    }

    /**
     * Where the work is. Coordinates come from the feed's {@code geo}, or from the postcode; a job
     * abroad has none, so that it never shows up in a search near a Belgian place.
     *
     * @param country the ISO 3166 code of a country other than Belgium; null for Belgium (or unknown)
     * @param remote the work is done from home or anywhere ({@code TELECOMMUTE})
     * @param remoteArea where a remote worker must live, as the feed names it ("Belgium", "EU")
     * @param otherPlaces further places the same job is offered in, as text
     */
    public record Location(
            @Nullable String postcode,
            @Nullable String locality,
            @Nullable String streetAddress,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String country,
            boolean remote,
            @Nullable String remoteArea,
            List<String> otherPlaces) {

        public static final Location NONE = new Location(null, null, null, null, null);

        public Location {
            otherPlaces = List.copyOf(otherPlaces);
        }

        /** A place in Belgium, on site. */
        public Location(@Nullable String postcode, @Nullable String locality, @Nullable String streetAddress,
                @Nullable Double latitude, @Nullable Double longitude) {
            this(postcode, locality, streetAddress, latitude, longitude, null, false, null, List.of());
        }

        public boolean hasCoordinates() {
            return latitude != null && longitude != null;
        }

        public boolean abroad() {
            return country != null;
        }
    }

    /**
     * The parts of a posting besides its description that the details screen shows, each
     * sanitised like the description (paragraphs, lists, emphasis); null when the feed has none.
     *
     * @param qualifications schema.org {@code qualifications}
     * @param responsibilities schema.org {@code responsibilities}
     * @param benefits schema.org {@code jobBenefits}
     * @param incentives schema.org {@code incentiveCompensation}
     */
    public record Texts(
            @Nullable String qualifications,
            @Nullable String responsibilities,
            @Nullable String benefits,
            @Nullable String incentives) {

        public static final Texts NONE = new Texts(null, null, null, null);
    }

    /**
     * schema.org {@code baseSalary}: an amount or a range per unit of time.
     *
     * @param unit HOUR, DAY, WEEK, MONTH or YEAR
     */
    public record Salary(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum, String currency, String unit) {
    }

    /** How to apply, from schema.org {@code applicationContact}. */
    public record ApplicationContact(
            @Nullable String name,
            @Nullable String email,
            @Nullable String telephone,
            @Nullable String url) {
    }
}
