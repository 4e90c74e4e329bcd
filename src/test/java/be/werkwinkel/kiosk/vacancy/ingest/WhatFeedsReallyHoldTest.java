package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.ABSENT;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.posting;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.read;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.vacancy;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.warning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.ImportReport.RecordError;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader against what feeds really hold: records too big for one kiosk, JSON with hand-made
 * slips, broken NDJSON lines among good ones, impossible dates, no end date, invisible bidi
 * controls, abroad and remote work, words for employment types that are not schema.org's.
 */
class WhatFeedsReallyHoldTest {

    // --- one record must not fill the heap (256 MB on a kiosk)

    @Test
    void a_record_with_a_huge_number_of_properties_is_rejected_and_the_next_one_read() {
        var wide = new StringBuilder("{\"@type\": \"JobPosting\", \"identifier\": \"wide\"");
        for (var i = 0; i < 200_000; i++) {
            wide.append(",\"p").append(i).append("\":").append(i);
        }
        wide.append('}');
        var collected = read("[" + wide + "," + posting("identifier", "after") + "]");

        assertThat(collected.identifiers()).containsExactly("after");
        assertThat(collected.errors).extracting(RecordError::position, RecordError::reason).containsExactly(
                tuple("record 1", "too large: it has an object with more than 500 properties"));
    }

    @Test
    void a_record_with_more_text_than_a_posting_can_hold_is_rejected_in_ndjson_too() {
        var chunk = "x".repeat(500_000);
        var big = posting("identifier", "big", "a", chunk, "b", chunk, "c", chunk, "d", chunk, "e", chunk);
        var collected = read(big + "\n" + posting("identifier", "small") + "\n");

        assertThat(collected.identifiers()).containsExactly("small");
        assertThat(collected.errors).extracting(RecordError::position, RecordError::reason).containsExactly(
                tuple("line 1", "too large: it holds more than 2000000 characters of text"));
    }

    @Test
    void a_record_nested_deeper_than_a_posting_is_rejected_alone() {
        var deep = "{\"x\":".repeat(40) + "1" + "}".repeat(40);
        var collected = read("[" + posting("identifier", "deep", "nested", Map.of()).replace("{}", deep) + ","
                + posting("identifier", "flat") + "]");

        assertThat(collected.identifiers()).containsExactly("flat");
        assertThat(collected.errors).extracting(RecordError::reason)
                .containsExactly("too large: it is nested deeper than 32 levels");
    }

    // --- the two commonest hand-written mistakes

    @Test
    void a_raw_line_break_in_a_text_and_a_trailing_comma_are_read_with_a_warning_per_line() {
        var collected = read("""
                [
                  {"@type": "JobPosting", "identifier": "slip", "title": "Kok",
                   "datePosted": "2025-03-01", "description": "Eerste regel
                tweede regel", "skills": ["koken", "bakken",],},
                ]""");

        assertThat(collected.errors).isEmpty();
        assertThat(collected.identifiers()).containsExactly("slip");
        assertThat(collected.accepted.getFirst().descriptionText()).isEqualTo("Eerste regel tweede regel");
        assertThat(collected.accepted.getFirst().skills()).containsExactly("koken", "bakken");
        assertThat(collected.warnings).extracting(RecordError::position, RecordError::reason).containsExactly(
                tuple("line 3", LenientJson.RAW_CONTROL), tuple("line 4", LenientJson.TRAILING_COMMA),
                tuple("line 5", LenientJson.TRAILING_COMMA));
        assertThat(collected.summary.warned()).isEqualTo(4);
    }

    @Test
    void escaped_line_breaks_and_commas_inside_texts_are_no_slips() {
        var collected = read("[" + posting("description", "a\nb, ]", "title", "Kok, ]") + "]");

        assertThat(collected.warnings).isEmpty();
    }

    // --- NDJSON line by line

    @Test
    void an_ndjson_line_of_invalid_utf8_is_rejected_with_its_position_and_the_others_import() throws Exception {
        var feed = new ByteArrayOutputStream();
        feed.write((posting("identifier", "n1") + "\n").getBytes(StandardCharsets.UTF_8));
        feed.write((posting("identifier", "n2", "title", "Caf\u00e9baas") + "\n").getBytes(StandardCharsets.ISO_8859_1));
        feed.write((posting("identifier", "n3") + "\n").getBytes(StandardCharsets.UTF_8));

        var collected = read(new ByteArrayInputStream(feed.toByteArray()));

        assertThat(collected.identifiers()).containsExactly("n1", "n3");
        assertThat(collected.errors).extracting(RecordError::position, RecordError::reason).containsExactly(
                tuple("line 2", "not valid UTF-8 text (the line is in another encoding or damaged)"));
    }

    @Test
    void a_posting_closing_in_the_year_10000_is_rejected_and_the_others_import() {
        var collected = read(posting("identifier", "n1") + "\n"
                + posting("identifier", "n2", "validThrough", "+10000-01-01") + "\n"
                + posting("identifier", "n3", "validThrough", "2205-01-01") + "\n"
                + posting("identifier", "n5", "validThrough", "2099-12-31") + "\n"
                + posting("identifier", "n4") + "\n");

        assertThat(collected.identifiers()).containsExactly("n1", "n5", "n4");
        assertThat(collected.errors).extracting(RecordError::position, RecordError::reason).containsExactly(
                tuple("line 2", "validThrough +10000-01-01 is more than 100 years ahead (a typing error?)"),
                tuple("line 3", "validThrough 2205-01-01 is more than 100 years ahead (a typing error?)"));
    }

    // --- dates

    @Test
    void a_posting_without_valid_through_is_open_for_the_default_validity_and_expires_after_it() {
        var open = read(posting("datePosted", "2025-02-01"));
        var old = read(posting("datePosted", "2024-12-01"));

        assertThat(open.accepted.getFirst().validThrough()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(open.summary.defaultValidity()).isEqualTo(1);
        assertThat(old.accepted).isEmpty();
        assertThat(old.withdrawn).containsExactly("job-1");
        assertThat(old.summary.expiredByDefault()).isEqualTo(1);
        assertThat(old.summary.notes(java.time.Period.ofDays(60)))
                .contains("1 of the expired postings had no validThrough and are older than 60 days");
    }

    @Test
    void a_posting_closing_at_a_time_of_day_closes_then_and_one_closed_this_morning_is_expired() {
        var afternoon = vacancy(posting("validThrough", "2025-03-10T17:00:00+01:00"));
        var morning = read(posting("validThrough", "2025-03-10T08:00:00+01:00"));

        assertThat(afternoon.validThrough()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(afternoon.closesAt()).isEqualTo(Instant.parse("2025-03-10T16:00:00Z"));
        assertThat(afternoon.closedAt(Instant.parse("2025-03-10T15:59:59Z"), LocalDate.of(2025, 3, 10))).isFalse();
        assertThat(afternoon.closedAt(Instant.parse("2025-03-10T16:00:00Z"), LocalDate.of(2025, 3, 10))).isTrue();
        assertThat(morning.withdrawn).as("08:00 has passed at 10:00").containsExactly("job-1");
    }

    // --- text

    @Test
    void bidi_override_characters_are_stripped_from_imported_text() {
        var vacancy = vacancy(posting("identifier", "id\u202E1", "title", "Kok\u202Enegaw",
                "hiringOrganization", "Bak\u2066kerij\u2069", "description", "Tekst\u202Dmet\u202Coverride"));

        assertThat(vacancy.identifier()).isEqualTo("id1");
        assertThat(vacancy.title()).isEqualTo("Koknegaw");
        assertThat(vacancy.employer()).isEqualTo("Bakkerij");
        assertThat(vacancy.descriptionText()).isEqualTo("Tekstmetoverride");
    }

    // --- places

    @Test
    void a_job_abroad_keeps_its_country_and_is_never_placed_by_a_belgian_postcode() {
        var lille = vacancy(posting("jobLocation", Map.of("address",
                Map.of("postalCode", "9000", "addressLocality", "Lille", "addressCountry", "FR"),
                "geo", Map.of("latitude", 50.63, "longitude", 3.06))));
        var gent = vacancy(posting("jobLocation", Map.of("address",
                Map.of("postalCode", "9000", "addressCountry", "België"))));

        assertThat(lille.location().country()).isEqualTo("FR");
        assertThat(lille.location().hasCoordinates()).isFalse();
        assertThat(lille.location().locality()).isEqualTo("Lille");
        assertThat(gent.location().country()).isNull();
        assertThat(gent.location().hasCoordinates()).isTrue();
    }

    @Test
    void telecommute_is_remote_work_with_the_area_applicants_must_live_in() {
        var remote = vacancy(posting("jobLocationType", "TELECOMMUTE", "applicantLocationRequirements",
                List.of(Map.of("@type", "Country", "name", "Belgium"), Map.of("@type", "Country", "name", "Netherlands"))));

        assertThat(remote.location().remote()).isTrue();
        assertThat(remote.location().remoteArea()).isEqualTo("Belgium, Netherlands");
        assertThat(vacancy(posting()).location().remote()).isFalse();
    }

    @Test
    void an_unknown_country_is_read_as_belgium_with_a_note() {
        assertThat(warning(posting("jobLocation", Map.of("address", Map.of("postalCode", "9000",
                "addressCountry", "Atlantis"))))).isEqualTo("addressCountry 'Atlantis' is not a country known here; read as Belgium");
    }

    // --- words

    @Test
    void employment_types_as_ats_exports_write_them() {
        var both = vacancy(posting("employmentType", "Permanent / Full Time"));
        assertThat(both.contracts()).containsExactly(ContractType.PERMANENT);
        assertThat(both.regimes()).containsExactly(WorkRegime.FULL_TIME);

        assertThat(warning(posting("employmentType", "Contract"))).isEqualTo("employmentType 'Contract' read as CONTRACTOR");
        assertThat(warning(posting("employmentType", List.of("FULL_TIME", "Zero hours"))))
                .isEqualTo("employmentType ['Zero hours'] not known; left out");
        assertThat(vacancy(posting("employmentType", List.of("FULL_TIME", "Zero hours"))).regimes())
                .containsExactly(WorkRegime.FULL_TIME);
    }

    @Test
    void a_hiring_organization_may_be_a_plain_string_and_a_title_may_be_a_name() {
        assertThat(vacancy(posting("hiringOrganization", "Bakkerij Peeters")).employer()).isEqualTo("Bakkerij Peeters");
        assertThat(vacancy(posting("title", ABSENT, "name", "Bakker")).title()).isEqualTo("Bakker");
    }

    @Test
    void several_job_locations_give_the_first_as_the_place_and_the_others_as_text() {
        var vacancy = vacancy(posting("jobLocation", List.of(
                Map.of("address", Map.of("postalCode", "9000", "addressLocality", "Gent")),
                Map.of("address", Map.of("postalCode", "2000", "addressLocality", "Antwerpen")),
                "8000 Brugge")));

        assertThat(vacancy.location().postcode()).isEqualTo("9000");
        assertThat(vacancy.location().otherPlaces()).containsExactly("2000 Antwerpen", "8000 Brugge");
    }

    @Test
    void qualifications_responsibilities_benefits_and_incentives_are_kept_as_safe_text() {
        var vacancy = vacancy(posting("qualifications", List.of("Rijbewijs C", "VCA <b>basis</b>"),
                "responsibilities", "<p onclick=\"x()\">Je rijdt <script>alert(1)</script>leveringen</p>",
                "jobBenefits", Map.of("@type", "Thing", "name", "Maaltijdcheques"),
                "incentiveCompensation", "Eindejaarspremie"));

        assertThat(vacancy.texts().qualifications()).isEqualTo("<ul><li>Rijbewijs C</li><li>VCA <b>basis</b></li></ul>");
        assertThat(vacancy.texts().responsibilities()).isEqualTo("<p>Je rijdt leveringen</p>");
        assertThat(vacancy.texts().benefits()).isEqualTo("<p>Maaltijdcheques</p>");
        assertThat(vacancy.texts().incentives()).isEqualTo("<p>Eindejaarspremie</p>");
    }
}
