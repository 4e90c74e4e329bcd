package be.werkwinkel.kiosk.vacancy.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.internal.LoadingVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP, on the twelve known test vacancies. */
@BrowserJourney
class VacancyApiTest {

    static HttpClient http;
    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    VacancyImport imports;

    @Autowired
    VacancySearch vacancies;

    @BeforeAll
    static void client() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void close() {
        http.close();
    }

    @BeforeEach
    void vacancies() {
        TestVacancies.load(imports);
    }

    @Test
    void a_search_returns_hits_total_and_facets() throws Exception {
        var page = get("/api/v1/vacancies?q=chauffeur&pageSize=10");

        assertThat(page.statusCode()).isEqualTo(200);
        var body = json.readTree(page.body());
        assertThat(titles(body)).containsExactlyInAnyOrder("Vrachtwagenchauffeur (m/v/x)", "Heftruckchauffeur",
                "Chauffeur poids lourd", "Bestelwagenchauffeur");
        assertThat(body.get("status").asString()).isEqualTo("ready");
        assertThat(body.get("total").asLong()).isEqualTo(4);
        assertThat(body.get("facets").get("regimes").get("full_time").asLong()).isEqualTo(4);
        assertThat(body.get("facets").get("languages").get("fr").asLong()).isEqualTo(1);
    }

    @Test
    void a_hit_names_its_feed_and_marks_the_matched_words_as_ranges_in_plain_text() throws Exception {
        var hit = json.readTree(get("/api/v1/vacancies?q=slager").body()).get("hits").get(0);

        assertThat(hit.get("source").asString()).isEqualTo(TestVacancies.SOURCE);
        assertThat(hit.get("identifier").asString()).isEqualTo("UI-002");
        assertThat(hit.get("title").get("text").asString()).isEqualTo("Slager");
        var mark = hit.get("title").get("marks").get(0);
        assertThat(List.of(mark.get("start").asInt(), mark.get("end").asInt())).containsExactly(0, 6);
        assertThat(hit.get("snippet").get("text").asString()).doesNotContain("<");
        assertThat(hit.get("regimes").get(0).asString()).isEqualTo("full_time");
        assertThat(hit.has("titleHtml")).isFalse();
    }

    @Test
    void the_unversioned_path_answers_the_same_and_points_to_v1() throws Exception {
        var old = get("/api/vacancies?q=slager");
        var v1 = get("/api/v1/vacancies?q=slager");

        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(json.readTree(old.body())).isEqualTo(json.readTree(v1.body()));
        assertThat(old.headers().firstValue("Deprecation")).contains("true");
        assertThat(old.headers().firstValue("Link")).contains("</api/v1/vacancies>; rel=\"successor-version\"");
        assertThat(v1.headers().firstValue("Deprecation")).isEmpty();
    }

    @Test
    void while_the_vacancies_are_loading_the_api_says_so_with_a_503_not_an_empty_result() throws Exception {
        HttpResponse<String> search;
        HttpResponse<String> details;
        try (var loading = LoadingVacancies.hold(vacancies)) {
            search = get("/api/v1/vacancies?q=slager");
            details = get("/api/v1/vacancies/1");
        }

        for (var response : List.of(search, details)) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).contains("5");
            var body = json.readTree(response.body());
            assertThat(body.get("loading").asBoolean()).isTrue();
            assertThat(body.get("detail").asString()).contains("being loaded");
            assertThat(body.has("total")).isFalse();
        }
        assertThat(get("/api/v1/vacancies?q=slager").statusCode()).as("loaded").isEqualTo(200);
    }

    @Test
    void a_postcode_and_radius_keep_the_nearby_vacancies_with_their_distance() throws Exception {
        var body = json.readTree(get("/api/v1/vacancies?postcode=9000&radiusKm=10&sort=nearest").body());

        assertThat(titles(body)).containsExactlyInAnyOrder("Vrachtwagenchauffeur (m/v/x)", "Poetshulp",
                "Administratief medewerker", "Bestelwagenchauffeur");
        assertThat(body.get("origin").get("name").asString()).isEqualTo("Gent");
        var distances = new ArrayList<Double>();
        body.get("hits").forEach(hit -> distances.add(hit.get("distanceKm").asDouble()));
        assertThat(distances).isSorted().allMatch(km -> km <= 10);
    }

    @Test
    void filters_narrow_down_and_combine() throws Exception {
        var body = json.readTree(get("/api/v1/vacancies?contract=permanent&regime=part_time").body());

        assertThat(titles(body)).containsExactlyInAnyOrder("Poetshulp", "Administratief medewerker");
    }

    @Test
    void one_vacancy_has_all_its_details() throws Exception {
        var hit = json.readTree(get("/api/v1/vacancies?q=slager").body()).get("hits").get(0);

        var details = json.readTree(get("/api/v1/vacancies/" + hit.get("id").asLong()).body());

        assertThat(details.get("title").asString()).isEqualTo("Slager");
        assertThat(details.get("source").asString()).isEqualTo(TestVacancies.SOURCE);
        assertThat(details.get("contracts").get(0).asString()).isEqualTo("permanent");
        assertThat(details.get("employer").asString()).isEqualTo("Slagerij Peeters");
        assertThat(details.get("location").get("postcode").asString()).isEqualTo("9300");
        assertThat(details.get("applicationContact").get("email").asString()).isEqualTo("jobs2@werkgever.example");
    }

    @Test
    void when_no_vacancy_has_every_word_the_ones_with_all_but_one_are_shown_and_marked() throws Exception {
        var all = json.readTree(get("/api/v1/vacancies?q=kok%20brugge").body());
        var allButOne = json.readTree(get("/api/v1/vacancies?q=kok%20brugge%20astronaut").body());

        assertThat(titles(all)).containsExactly("Kok");
        assertThat(all.get("partialMatch").asBoolean()).isFalse();
        assertThat(titles(allButOne)).containsExactly("Kok");
        assertThat(allButOne.get("partialMatch").asBoolean()).isTrue();
    }

    @Test
    void did_you_mean_proposes_words_in_the_language_of_the_clients_screen() throws Exception {
        var french = json.readTree(get("/api/v1/vacancies?q=lurt&lang=fr").body());
        var dutch = json.readTree(get("/api/v1/vacancies?q=lurt&lang=nl").body());
        var unsaid = json.readTree(get("/api/v1/vacancies?q=lurt").body());

        assertThat(french.get("total").asLong()).isZero();
        assertThat(french.get("didYouMean").asString()).isEqualTo("lourd");
        assertThat(dutch.get("didYouMean").isNull()).as("no French word for a Dutch screen").isTrue();
        assertThat(unsaid).as("Dutch unless said otherwise").isEqualTo(dutch);
    }

    @Test
    void an_expired_vacancy_is_never_found() throws Exception {
        var body = json.readTree(get("/api/v1/vacancies?q=verlopen").body());

        assertThat(body.get("total").asLong()).isZero();
    }

    @Test
    void unknown_or_bad_parameters_get_a_400_that_says_what_is_allowed() throws Exception {
        assertProblem(get("/api/v1/vacancies?q=kok&colour=red"), 400, "Unknown parameter [colour]");
        assertProblem(get("/api/v1/vacancies?postcode=9000&radiusKm=7"), 400, "must be one of [5, 10, 25, 50]");
        assertProblem(get("/api/v1/vacancies?radiusKm=10"), 400, "needs 'near' or 'postcode'");
        assertProblem(get("/api/v1/vacancies?contract=forever"), 400, "Allowed: permanent, temporary");
        assertProblem(get("/api/v1/vacancies?page=-1"), 400, "'page' must be 0 to 10000");
        assertProblem(get("/api/v1/vacancies?pageSize=abc"), 400, "must be a whole number");
        assertProblem(get("/api/v1/vacancies?sort=cheapest"), 400, "Allowed: relevance, newest, nearest");
        assertProblem(get("/api/v1/vacancies?q=" + "x".repeat(201)), 400, "at most 200 characters");
        assertProblem(get("/api/v1/vacancies?q=kok&lang=de"), 400, "'lang' is the language of the screen: one of [nl, fr, en]");
        assertProblem(get("/api/v1/vacancies?q=kok&lang=nl&lang=fr"), 400, "'lang' may be given once");
    }

    @Test
    void an_unknown_vacancy_is_a_404() throws Exception {
        assertProblem(get("/api/v1/vacancies/987654321"), 404, "No open vacancy");
        assertProblem(get("/api/v1/vacancies/not-a-number"), 404, "No open vacancy");
    }

    @Test
    void text_with_query_syntax_is_searched_as_plain_words() throws Exception {
        var page = get("/api/v1/vacancies?q=%22kok%22*%20(%3A~%5E");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(titles(json.readTree(page.body()))).contains("Kok");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains(detail);
    }

    private static List<String> titles(JsonNode body) {
        var titles = new ArrayList<String>();
        body.get("hits").forEach(hit -> titles.add(hit.get("title").get("text").asString()));
        return titles;
    }
}
