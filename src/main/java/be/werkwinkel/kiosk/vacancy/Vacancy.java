package be.werkwinkel.kiosk.vacancy;

import java.math.BigDecimal;
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
        @Nullable ApplicationContact applicationContact) {

    public Vacancy {
        contracts = Set.copyOf(contracts);
        regimes = Set.copyOf(regimes);
        skills = List.copyOf(skills);
    }

    /** The same vacancy with the kiosk's number, once stored (or without one, for a copy that carries it elsewhere). */
    public Vacancy withId(@Nullable VacancyId newId) {
        return new Vacancy(newId, source, identifier, title, descriptionHtml, descriptionText, datePosted,
                validThrough, contracts, regimes, employer, location, sector, occupation, education, educationText,
                experience, experienceText, skills, workHours, salary, language, url, directApply, applicationContact);
    }

    /**
     * Where the work is. Coordinates come from the feed's {@code geo}, or from the postcode.
     */
    public record Location(
            @Nullable String postcode,
            @Nullable String locality,
            @Nullable String streetAddress,
            @Nullable Double latitude,
            @Nullable Double longitude) {

        public boolean hasCoordinates() {
            return latitude != null && longitude != null;
        }
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
