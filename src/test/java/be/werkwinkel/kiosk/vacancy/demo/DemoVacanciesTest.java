package be.werkwinkel.kiosk.vacancy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoVacanciesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static DemoVacancies demo;

    @BeforeAll
    static void load() {
        demo = new DemoVacancies(new EscoOccupations(), new BelgianPlaces());
    }

    @Test
    void the_same_seed_and_day_give_the_same_feed() throws IOException {
        var first = new String(demo.ndjson(50, 7, TODAY).readAllBytes(), StandardCharsets.UTF_8);
        var second = new String(demo.ndjson(50, 7, TODAY).readAllBytes(), StandardCharsets.UTF_8);
        var otherSeed = new String(demo.ndjson(50, 8, TODAY).readAllBytes(), StandardCharsets.UTF_8);

        assertThat(first).isEqualTo(second).isNotEqualTo(otherSeed);
        assertThat(first.lines()).hasSize(50);
    }

    @Test
    void every_posting_is_an_open_flemish_job_posting_marked_as_demo() throws IOException {
        var json = JsonMapper.builder().build();
        var identifiers = new HashSet<String>();
        var languages = new HashSet<String>();
        for (var line : new String(demo.ndjson(2000, 1, TODAY).readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
            JsonNode posting = json.readTree(line);
            assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
            assertThat(identifiers.add(posting.get("identifier").asString())).isTrue();
            assertThat(posting.get("identifier").asString()).startsWith("DEMO-");
            assertThat(posting.get("title").asString()).isNotBlank();
            assertThat(posting.get("description").asString()).contains("<p>");
            var posted = LocalDate.parse(posting.get("datePosted").asString());
            assertThat(posted).isBetween(TODAY.minusDays(60), TODAY);
            if (posting.has("validThrough")) {
                assertThat(LocalDate.parse(posting.get("validThrough").asString())).isAfter(TODAY);
            }
            var postcode = posting.get("jobLocation").get("address").get("postalCode").asString();
            assertThat(DemoVacancies.isFlemishOrBrussels(postcode)).as(postcode).isTrue();
            assertThat(posting.get("url").asString()).startsWith("https://vacatures.example.org/demo/");
            assertThat(posting.get("applicationContact").get("email").asString()).endsWith(".example");
            languages.add(posting.get("inLanguage").asString());
        }
        assertThat(languages).containsExactlyInAnyOrder("nl", "fr", "en");
    }
}
