package be.werkwinkel.kiosk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Headers, problem details and refusals on every kind of answer, over real HTTP and in real Chromium. */
@BrowserJourney
@ExtendWith(OutputCaptureExtension.class)
class WebProtectionTest {

    static HttpClient http;
    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    VacancyImport imports;

    @BeforeAll
    static void client() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void close() {
        http.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/vacatures", "/api/vacancies?q=kok", "/api/vacancies/1", "/api/nothing-here",
            "/error", "/api/vacancies?q=%zz"})
    void every_answer_carries_the_security_headers_and_no_store(String path) throws Exception {
        var headers = raw(path).headers();

        assertThat(headers.get("content-security-policy")).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).isEqualTo("no-referrer");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
        assertThat(headers.get("cache-control")).as("%s may depend on a visitor's session", path).isEqualTo("no-store");
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_not_the_apps_html() throws Exception {
        for (var path : new String[] {"/api/nothing-here", "/api/vacancies/1/extra", "/api/"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(404);
        }
        var post = http.send(HttpRequest.newBuilder(uri("/api/nothing-here")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(post.body()).doesNotContain("<html", "<!doctype");
    }

    @Test
    void the_error_path_asked_for_directly_is_no_server_error() throws Exception {
        var response = get("/error");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("trace", "exception", "Exception");
    }

    @Test
    void a_malformed_query_string_is_a_400_problem_with_one_short_log_line(CapturedOutput output) throws Exception {
        for (var query : new String[] {"q=geheim%zz", "q=geheim%C3%28", "q=geheim%", "q=geheim&near=%E2%82"}) {
            var response = raw("/api/vacancies?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(response.body()).contains("\"status\":400", "query string");
        }
        assertThat(raw("/vacatures?q=geheim%zz").status()).as("a screen's address too").isEqualTo(400);

        var logged = output.getAll().lines().filter(line -> line.contains("malformed query string")).toList();
        assertThat(logged).hasSize(5).allSatisfy(line -> assertThat(line).doesNotContain("geheim"));
        assertThat(output.getAll()).doesNotContain("geheim", "\tat ", "Exception");
    }

    @Test
    void ids_and_numbers_take_ascii_digits_only() throws Exception {
        TestVacancies.load(imports);
        var id = json.readTree(get("/api/vacancies?pageSize=1").body()).get("hits").get(0).get("id").asLong();
        assertThat(get("/api/vacancies/" + id).statusCode()).isEqualTo(200);

        var arabicIndic = digits(id, '\u0660');
        var fullwidth = digits(id, '\uFF10');
        for (var path : new String[] {"/api/vacancies/" + arabicIndic, "/api/vacancies/" + fullwidth,
                "/api/vacancies?pageSize=" + digits(5, '\u0660'), "/api/vacancies?page=" + digits(1, '\uFF10'),
                "/api/vacancies?near=9000&radiusKm=" + digits(10, '\u0660')}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("detail").asString()).contains("0-9");
        }
    }

    @Test
    void vaadin_runs_under_the_content_security_policy() {
        TestVacancies.load(imports);
        var browser = new KioskBrowser(port, "content-security-policy");
        try {
            browser.open("/");
            browser.tap(By.id("start-fr"));
            browser.tap(By.id("tile-vacancies"));
            browser.waitFor(By.cssSelector("a.vacancy-card"));
            browser.tap(By.cssSelector("a.vacancy-card"));
            assertThat(browser.waitFor(By.id("vacancy-qr")).getSize().getWidth()).isGreaterThan(100);
            browser.tap(By.id("top-stop"));
            browser.waitFor(By.cssSelector("main.kiosk-attract"));
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
            assertThat(browser.<Object>script("return document.querySelector('main.kiosk-attract') !== null"))
                    .isEqualTo(Boolean.TRUE);
        } finally {
            browser.close();
        }
    }

    private static String digits(long number, char zero) {
        var text = new StringBuilder();
        for (var c : Long.toString(number).toCharArray()) {
            text.append((char) (zero + (c - '0')));
        }
        return java.net.URLEncoder.encode(text.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /** A request sent as typed, byte for byte: java.net.URI refuses a malformed %-escape before it leaves. */
    private RawResponse raw(String pathAndQuery) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            var lines = head.split("\r\n");
            var headers = new HashMap<String, String>();
            for (var line : Arrays.asList(lines).subList(1, lines.length)) {
                var colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    answer.substring(head.length() + 4));
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
