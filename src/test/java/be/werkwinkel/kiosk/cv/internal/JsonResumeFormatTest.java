package be.werkwinkel.kiosk.cv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskTranslations;
import be.werkwinkel.kiosk.cv.Cefr;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.CvTemplate;
import be.werkwinkel.kiosk.cv.DrivingLicence;
import be.werkwinkel.kiosk.cv.JsonResume;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Resume out and in: our own CVs round-trip exactly, documents made elsewhere come in as far as a kiosk CV goes. */
class JsonResumeFormatTest {

    static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneId.of("Europe/Brussels"));
    static final JsonResume FORMAT = new JsonResumeFormat(new KioskTranslations(), new CvCheck(DECEMBER_2026));
    static final JsonMapper JSON = JsonMapper.builder().build();

    static String resource(String name) throws IOException {
        try (InputStream in = JsonResumeFormatTest.class.getResourceAsStream("/cv/json-resume/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> reasons(String json) {
        return catchThrowableOfType(JsonResume.Invalid.class, () -> FORMAT.read(json, KioskLanguage.DUTCH)).reasons();
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void a_kiosk_cv_comes_back_exactly_as_it_was_exported(KioskLanguage language) {
        for (var template : CvTemplate.values()) {
            var cv = CvSamples.full(language, template);
            var json = FORMAT.export(cv);

            assertThat(FORMAT.read(json, KioskLanguage.DUTCH)).isEqualTo(cv);
        }
    }

    @Test
    void a_small_cv_and_text_that_looks_like_html_come_back_exactly() {
        var cv = new Cv(KioskLanguage.ENGLISH, CvTemplate.MODERN, new Cv.Person("<script>alert(1)</script>", "", "", "", "", "", ""),
                List.of(new Cv.Job("Cook", "", "", YearMonth.of(2024, 5), YearMonth.of(2024, 5), "")),
                List.of(), List.of(Cv.LanguageSkill.motherTongue("Tigrinya")), List.of(), Set.of(DrivingLicence.AM),
                List.of("Skill (with brackets)"), "");
        assertThat(FORMAT.read(FORMAT.export(cv), KioskLanguage.FRENCH)).isEqualTo(cv);
        var anna = new Cv(KioskLanguage.FRENCH, CvTemplate.EUROPASS, new Cv.Person("Anna", "", "", "", "", "", ""),
                List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), "");
        assertThat(FORMAT.read(FORMAT.export(anna), KioskLanguage.DUTCH)).isEqualTo(anna);
    }

    @Test
    void the_export_is_plain_json_resume_that_other_tools_read() {
        var json = JSON.readTree(FORMAT.export(CvSamples.full(KioskLanguage.DUTCH, CvTemplate.MODERN)));

        assertThat(json.path("$schema").asString()).startsWith("https://");
        assertThat(json.path("basics").path("name").asString()).isEqualTo("Łucja Gökçe-Đorđević");
        assertThat(json.path("basics").path("location").path("city").asString()).isEqualTo("Gent");
        var job = json.path("work").get(0);
        assertThat(job.path("position").asString()).isEqualTo("Magazijnier");
        assertThat(job.path("name").asString()).isEqualTo("Colruyt Group");
        assertThat(job.path("startDate").asString()).isEqualTo("2021-03");
        assertThat(job.has("endDate")).isFalse();
        assertThat(json.path("education").get(1).path("area").asString()).isEqualTo("Diploma secundair onderwijs – Handel");
        assertThat(json.path("languages").get(0).path("fluency").asString()).isEqualTo("Native speaker");
        var french = json.path("languages").get(3);
        assertThat(french.path("fluency").asString()).isEqualTo("A2–B2 (CEFR)");
        assertThat(french.path("cefr").path("spokenInteraction").asString()).isEqualTo("B1");
        assertThat(skillNamed(json, "Rijbewijs").path("keywords").toString()).isEqualTo("[\"B\",\"C\",\"CE\"]");
        assertThat(skillNamed(json, "Digitale vaardigheden").path("keywords").get(0).asString()).isEqualTo("E-mail");
        assertThat(json.path("meta").path("werkwinkelKiosk").path("template").asString()).isEqualTo("MODERN");
        assertThat(json.path("meta").path("werkwinkelKiosk").path("language").asString()).isEqualTo("nl");
    }

    private static JsonNode skillNamed(JsonNode json, String name) {
        return json.path("skills").values().stream().filter(skill -> skill.path("name").asString().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void the_official_sample_resume_comes_in_without_photo_profiles_or_what_a_kiosk_cv_does_not_hold() throws IOException {
        var cv = FORMAT.read(resource("sample.resume.json"), KioskLanguage.ENGLISH);

        assertThat(cv.language()).isEqualTo(KioskLanguage.ENGLISH);
        assertThat(cv.template()).isEqualTo(CvTemplate.EUROPASS);
        assertThat(cv.person()).isEqualTo(new Cv.Person("Richard Hendriks", "Programmer", "richard.hendriks@mail.com",
                "(912) 555-4321", "2712 Broadway St", "CA 94115", "San Francisco"));
        assertThat(cv.aboutMe()).startsWith("Richard hails from Tulsa.");
        assertThat(cv.jobs()).extracting(Cv.Job::title, Cv.Job::employer, Cv.Job::place, Cv.Job::from, Cv.Job::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CEO/President", "Pied Piper", "Palo Alto, CA",
                                YearMonth.of(2013, 12), YearMonth.of(2014, 12)),
                        org.assertj.core.groups.Tuple.tuple("Teacher", "CoderDojo", "", YearMonth.of(2012, 1), YearMonth.of(2013, 1)));
        assertThat(cv.jobs().getFirst().tasks()).startsWith("Pied Piper is a multi-platform technology")
                .contains("\n- Successfully won Techcrunch Disrupt");
        assertThat(cv.studies()).singleElement().satisfies(study -> {
            assertThat(study.qualification()).isEqualTo("Bachelor Information Technology");
            assertThat(study.school()).isEqualTo("University of Oklahoma");
            assertThat(study.details()).isEqualTo("- DB1101 - Basic SQL\n- CS2011 - Java Introduction");
        });
        assertThat(cv.languages()).containsExactly(Cv.LanguageSkill.motherTongue("English"));
        assertThat(cv.skills()).containsExactly("Web Development (HTML, CSS, Javascript)", "Compression (Mpeg, MP4, GIF)");
        assertThat(cv.digitalSkills()).isEmpty();
        assertThat(cv.licences()).isEmpty();
        var again = FORMAT.export(cv);
        assertThat(again).doesNotContain("neutralthoughts", "Twitter", "Erlich", "Digital Compression Pioneer", "Wildlife",
                "Miss Direction", "4.0");
    }

    @Test
    void the_schemas_own_examples_map_their_fluency_words_to_levels() throws IOException {
        var senior = FORMAT.read(resource("senior-engineer.resume.json"), KioskLanguage.DUTCH);
        assertThat(senior.languages()).containsExactly(Cv.LanguageSkill.motherTongue("English"),
                new Cv.LanguageSkill("Spanish", false, Cefr.C1, Cefr.C1, Cefr.C1, Cefr.C1, Cefr.C1),
                new Cv.LanguageSkill("Portuguese", false, Cefr.B2, Cefr.B2, Cefr.B2, Cefr.B2, Cefr.B2));
        assertThat(senior.jobs().getFirst().employer()).isEqualTo("Confluent");
        assertThat(senior.jobs().getFirst().to()).isNull();

        var newGrad = FORMAT.read(resource("new-grad.resume.json"), KioskLanguage.DUTCH);
        assertThat(newGrad.languages()).contains(new Cv.LanguageSkill("Igbo", false, Cefr.B1, Cefr.B1, Cefr.B1, Cefr.B1, Cefr.B1));

        var changer = FORMAT.read(resource("career-changer.resume.json"), KioskLanguage.FRENCH);
        assertThat(changer.language()).isEqualTo(KioskLanguage.FRENCH);
        assertThat(changer.jobs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(changer.languages()).allMatch(Cv.LanguageSkill::motherTongue);
    }

    @Test
    void an_older_tools_document_with_empty_fields_comes_in() throws IOException {
        var cv = FORMAT.read(resource("resume-cli-old-schema.json"), KioskLanguage.DUTCH);

        assertThat(cv.person().street()).isEqualTo("Kerkstraat 4, bus 2");
        assertThat(cv.aboutMe()).isEqualTo("Vijf jaar ervaring in magazijnen in Antwerpen.\nHeftruckattest en VCA.");
        assertThat(cv.jobs()).extracting(Cv.Job::employer, Cv.Job::from, Cv.Job::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Katoen Natie", YearMonth.of(2019, 4), null),
                org.assertj.core.groups.Tuple.tuple("Randstad (interim)", YearMonth.of(2016, 1), YearMonth.of(2019, 3)));
        assertThat(cv.jobs().getFirst().tasks()).isEqualTo("- Orders picken met voicepicking\n- Inventaris tellen");
        assertThat(cv.studies()).extracting(Cv.Study::qualification).containsExactly(
                "Certificaat Nederlands tweede taal", "VCA Basis"); // EHBO has no date: left out
        assertThat(cv.studies().get(1).from()).isEqualTo(YearMonth.of(2020, 2));
        assertThat(cv.languages()).containsExactly(Cv.LanguageSkill.motherTongue("Arabisch"),
                new Cv.LanguageSkill("Nederlands", false, Cefr.B2, Cefr.B2, Cefr.B2, Cefr.B2, Cefr.B2),
                new Cv.LanguageSkill("Frans", false, Cefr.A2, Cefr.A2, Cefr.A2, Cefr.A2, Cefr.A2),
                new Cv.LanguageSkill("Engels", false, Cefr.B1, Cefr.B1, Cefr.B1, Cefr.B1, Cefr.B1));
        assertThat(cv.skills()).containsExactly("Heftruck", "Computer (Word, Excel, e-mail)");
        assertThat(FORMAT.export(cv)).doesNotContain("mariam.jpg", "linkedin", "Voetbal", "Betrouwbaar");
    }

    @Test
    void text_that_is_not_a_json_resume_is_refused_with_a_reason() {
        assertThat(reasons("{\"basics\": {\"name\": \"Jan\"")).singleElement().asString().startsWith("Not JSON");
        assertThat(reasons("[1, 2]")).singleElement().asString().contains("must be a JSON object");
        assertThat(reasons("{\"basics\": {\"name\": \"Jan\"}} {}")).singleElement().asString().startsWith("Not JSON");
        assertThat(reasons("{\"basics\": {\"name\": \"Jan\", \"name\": \"Piet\"}}")).singleElement().asString()
                .contains("Duplicate");
        assertThat(reasons("{\"basics\": {\"name\": \"Jan\"}, \"work\": \"magazijnier\"}")).singleElement().asString()
                .contains("$.work").contains("array");
        assertThat(reasons("{\"basics\": {\"name\": \"Jan\", \"email\": \"geen adres\"}}")).anySatisfy(reason ->
                assertThat(reason).contains("$.basics.email"));
        assertThat(reasons("x".repeat(600_000))).singleElement().asString().contains("larger than");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-13", "2021-00", "2021-02-30", "2021-04-31"})
    void a_date_the_schemas_pattern_lets_through_but_no_calendar_has_is_refused(String date) {
        var json = "{\"basics\": {\"name\": \"Jan\"}, \"work\": [{\"position\": \"Kok\", \"startDate\": \"" + date + "\"}]}";
        assertThat(reasons(json)).containsExactly("$.work[0].startDate: " + date + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    @Test
    void what_the_kiosks_checks_refuse_is_named_where_it_is_in_the_document() {
        var json = """
                {"basics": {"label": "Kok", "phone": "bel me"},
                 "work": [{"name": "Resto", "startDate": "2020-01"},
                          {"position": "Kok", "startDate": "2020-05", "endDate": "2019-01"}],
                 "volunteer": [{"organization": "Vzw", "position": "Helper", "startDate": "2031-01"}],
                 "languages": [{"language": "Frans", "fluency": "so-so"}],
                 "skills": [{"name": "X", "werkwinkelKiosk": "drivingLicences", "keywords": ["Z"]}]}
                """;
        assertThat(reasons(json)).containsExactly(
                "$.skills[0].keywords[0]: Z is not a driving-licence category (AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE, G)");

        var withoutLicence = json.replace("\"werkwinkelKiosk\": \"drivingLicences\", ", "");
        assertThat(reasons(withoutLicence)).containsExactly(
                "$.basics.name: is required",
                "$.basics.phone: is not a phone number",
                "$.work[0].position: is required",
                "$.work[1].endDate: ends before it starts",
                "$.volunteer[0].startDate: lies in the future",
                "$.languages[0].fluency: has no level the kiosk can read: give a CEFR level (A1 to C2) or a word such as "
                        + "Native, Fluent, Intermediate or Beginner");
    }

    @Test
    void an_explicit_cefr_level_in_the_fluency_wins_over_the_words() {
        var json = "{\"basics\": {\"name\": \"Jan\"}, \"languages\": [{\"language\": \"Duits\", \"fluency\": \"Fluent (b2)\"}]}";
        assertThat(FORMAT.read(json, KioskLanguage.DUTCH).languages())
                .containsExactly(new Cv.LanguageSkill("Duits", false, Cefr.B2, Cefr.B2, Cefr.B2, Cefr.B2, Cefr.B2));
        assertThatThrownBy(() -> FORMAT.read("{}", KioskLanguage.DUTCH)).isInstanceOf(JsonResume.Invalid.class)
                .hasMessage("$.basics.name: is required");
    }
}
