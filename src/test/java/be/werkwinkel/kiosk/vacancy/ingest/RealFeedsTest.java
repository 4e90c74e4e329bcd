package be.werkwinkel.kiosk.vacancy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.ImportReport.RecordError;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * JobPosting JSON-LD in the shapes real job boards, ATS templates, employer sites and schema.org's
 * own examples write it (see {@code feeds/real/README.md} for where each shape comes from), read on
 * 10 March 2025 in Belgium: what each one yields, and what was dropped or guessed.
 */
class RealFeedsTest {

    private static final Path REAL = Path.of("src/test/resources/feeds/real");

    private static FeedReading.Collected read(String file) {
        return FeedReading.read(open(file));
    }

    private static InputStream open(String file) {
        try {
            return Files.newInputStream(REAL.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Vacancy only(FeedReading.Collected collected) {
        assertThat(collected.errors).as("rejected").isEmpty();
        assertThat(collected.accepted).hasSize(1);
        return collected.accepted.getFirst();
    }

    @Test
    void a_tag_manager_snippet_is_a_remote_job_with_its_dollar_salary_read_from_text() {
        var collected = read("gtm-telecommute.json");
        var vacancy = only(collected);

        assertThat(vacancy.identifier()).isEqualTo("7");
        assertThat(vacancy.location().remote()).isTrue();
        assertThat(vacancy.location().remoteArea()).as("an empty Country name is no area").isNull();
        assertThat(vacancy.salary()).isEqualTo(
                new Vacancy.Salary(new BigDecimal("85000.00"), new BigDecimal("85000.00"), "USD", "YEAR"));
        assertThat(vacancy.texts().responsibilities()).isEqualTo("<p>You write JSON-LD for web pages and check it with a validator.</p>");
        assertThat(vacancy.texts().qualifications()).isEqualTo("<p>Finished our online course.</p>");
        assertThat(vacancy.language()).as("guessed, no inLanguage").isEqualTo("en");
        assertThat(vacancy.regimes()).containsExactly(WorkRegime.FULL_TIME);
        assertThat(collected.warnings).isEmpty();
    }

    @Test
    void a_skills_ml_sample_without_identifier_or_url_is_known_by_a_hash_and_its_zero_salary_is_left_out() {
        var collected = read("skills-ml-sample.json");
        var vacancy = only(collected);

        assertThat(vacancy.identifier()).startsWith("hash-");
        assertThat(collected.summary.byHash()).isEqualTo(1);
        assertThat(vacancy.salary()).isNull();
        assertThat(vacancy.regimes()).containsExactly(WorkRegime.FULL_TIME);
        assertThat(vacancy.texts().incentives()).as("empty text").isNull();
        assertThat(vacancy.validThrough()).as("T00:00 ends the day before").isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(vacancy.closesAt()).isEqualTo(Instant.parse("2025-06-01T22:00:00Z"));
        assertThat(vacancy.location().locality()).isEqualTo("Salisbury");
        assertThat(vacancy.location().hasCoordinates()).isFalse();
        assertThat(vacancy.language()).isEqualTo("en");
        assertThat(collected.warnings).extracting(RecordError::reason)
                .containsExactly("baseSalary has no amount; left out");
    }

    @Test
    void an_agency_posting_in_three_uk_places_keeps_its_country_and_lists_the_other_places() {
        var vacancy = only(read("uk-agency-several-places.json"));

        assertThat(vacancy.location().country()).isEqualTo("GB");
        assertThat(vacancy.location().locality()).isEqualTo("Charlbury");
        assertThat(vacancy.location().hasCoordinates()).as("never searchable near a Belgian place").isFalse();
        assertThat(vacancy.location().otherPlaces()).containsExactly("BS1 5XX Bristol", "CB2 1XX Cambridge");
        assertThat(vacancy.texts().incentives()).startsWith("<p>Profits are shared");
        assertThat(vacancy.salary()).as("estimatedSalary is no offer").isNull();
        assertThat(vacancy.url()).isEqualTo("https://agency.example.co.uk/careers/front-end-developer");
        assertThat(vacancy.identifier()).isEqualTo(vacancy.url());
    }

    @Test
    void a_trucking_template_with_a_raw_line_break_and_a_trailing_comma_imports_with_warnings() {
        var collected = read("truck-driving-template.json");
        var vacancy = only(collected);

        assertThat(vacancy.employer()).isEqualTo("Blue Line Freight");
        assertThat(vacancy.salary()).isEqualTo(
                new Vacancy.Salary(new BigDecimal("0.62"), new BigDecimal("0.62"), "USD", "MONTH"));
        assertThat(vacancy.sector()).as("53-3032 is an O*NET-SOC code, not ISCO group 5")
                .isNotEqualTo(Sector.ofIscoCode("5").orElseThrow());
        assertThat(vacancy.occupation()).isEqualTo("Heavy and Tractor-Trailer Truck Drivers");
        assertThat(vacancy.skills()).containsExactly("Driving", "Navigation");
        assertThat(vacancy.texts().benefits()).isEqualTo("<p>Paid time off, Health insurance, Sign-on bonus,</p>");
        assertThat(vacancy.descriptionText()).contains("every weekend.", "Modern trucks");
        assertThat(collected.warnings).extracting(RecordError::position, RecordError::reason).containsExactly(
                tuple("line 7", LenientJson.RAW_CONTROL), tuple("line 30", LenientJson.TRAILING_COMMA));
    }

    @Test
    void a_school_vacancy_closing_at_noon_closes_then() {
        var vacancy = only(read("school-vacancy.json"));

        assertThat(vacancy.identifier()).isEqualTo("https://teaching.example.gov.uk/jobs/teacher-of-mathematics");
        assertThat(vacancy.employer()).isEqualTo("Riverside Academy");
        assertThat(vacancy.texts().benefits()).contains("cycle-to-work");
        assertThat(vacancy.texts().qualifications()).isEqualTo("<p>Qualified teacher status (QTS)</p>");
        assertThat(vacancy.regimes()).containsExactlyInAnyOrder(WorkRegime.FULL_TIME, WorkRegime.PART_TIME);
        assertThat(vacancy.validThrough()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(vacancy.closesAt()).isEqualTo(Instant.parse("2025-03-10T12:00:00Z"));
        assertThat(vacancy.directApply()).isTrue();

        var afterNoon = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneId.of("Europe/Brussels"));
        var later = FeedReading.read(new JobPostingReader(new JobPostingMapper(FeedReading.ESCO, FeedReading.PLACES,
                afterNoon), 10_000_000, 100), open("school-vacancy.json"));
        assertThat(later.accepted).isEmpty();
        assertThat(later.withdrawn).as("expired at 12:00 UTC, not at midnight")
                .containsExactly("https://teaching.example.gov.uk/jobs/teacher-of-mathematics");
    }

    @Test
    void an_item_list_of_list_items_gives_each_posting() {
        var collected = read("careers-itemlist.json");

        assertThat(collected.errors).isEmpty();
        assertThat(collected.identifiers()).containsExactly("cs-104", "wh-221");
        assertThat(collected.accepted.getFirst().location().country()).as("BE is Belgium").isNull();
        assertThat(collected.accepted.getFirst().location().hasCoordinates()).isTrue();
        assertThat(collected.accepted.getFirst().language()).isEqualTo("en");
        assertThat(collected.accepted.getLast().language()).isEqualTo("nl");
        assertThat(collected.accepted.getLast().location().country()).as("'Belgium' is Belgium").isNull();
        assertThat(collected.accepted.getLast().regimes()).containsExactly(WorkRegime.PART_TIME);
    }

    @Test
    void wrappers_inside_ndjson_lines_are_unwrapped() {
        var collected = read("careers-lines.ndjson");

        assertThat(collected.errors).isEmpty();
        assertThat(collected.identifiers()).containsExactly("l1", "l2", "l3", "l4");
        assertThat(collected.summary.records()).as("web pages and organisations are not records").isEqualTo(4);
    }

    @Test
    void a_danish_job_with_a_postcode_that_is_also_belgian_stays_in_denmark() {
        var vacancy = only(read("denmark-graph.json"));

        assertThat(vacancy.location().country()).isEqualTo("DK");
        assertThat(vacancy.location().postcode()).isEqualTo("2100");
        assertThat(vacancy.location().hasCoordinates()).as("not placed in Deurne (2100)").isFalse();
        assertThat(vacancy.employer()).as("an @id reference names no employer").isEmpty();
        assertThat(vacancy.closesAt()).isEqualTo(Instant.parse("2025-04-30T22:59:59Z"));
        assertThat(vacancy.contracts()).isEmpty();
    }

    @Test
    void schema_orgs_own_example_is_rejected_for_what_a_vacancy_needs() {
        var collected = read("schema-org-applicant-location.json");

        assertThat(collected.accepted).isEmpty();
        assertThat(collected.errors).extracting(RecordError::reason).containsExactly("datePosted is missing");
    }

    @Test
    void an_indian_consultancy_keeps_its_rupees_its_country_and_its_texts() {
        var vacancy = only(read("india-visa-consultancy.json"));

        assertThat(vacancy.salary()).isEqualTo(
                new Vacancy.Salary(new BigDecimal("240000.00"), new BigDecimal("240000.00"), "INR", "YEAR"));
        assertThat(vacancy.location().country()).isEqualTo("IN");
        assertThat(vacancy.location().remote()).as("applicantLocationRequirements").isTrue();
        assertThat(vacancy.location().remoteArea()).isEqualTo("India");
        assertThat(vacancy.texts().incentives()).isEqualTo("<p>Incentives based on performance</p>");
        assertThat(vacancy.texts().responsibilities()).contains("prepare their files");
        assertThat(vacancy.contracts()).isEmpty();
        assertThat(vacancy.regimes()).containsExactly(WorkRegime.FULL_TIME);
        assertThat(ContractType.values()).isNotEmpty();
    }
}
