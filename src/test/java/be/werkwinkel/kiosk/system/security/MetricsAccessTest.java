package be.werkwinkel.kiosk.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.support.BrowserJourney;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health and metrics over real HTTP (decision 036): health for anyone without details, everything
 * else for the monitoring credential of {@code kiosk.metrics.*} (application-test.properties) or a
 * signed-in administrator, never for a visitor's session or a staff member without ADMIN.
 */
@BrowserJourney
class MetricsAccessTest {

    private static final String MONITORING = "prometheus:meet-de-kiosken-2026";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void health_is_open_to_anyone_and_says_only_up_or_down() throws Exception {
        var health = client().send(get("/actuator/health").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
    }

    @Test
    void health_shows_its_details_to_the_monitoring_credential() throws Exception {
        var health = client().send(monitoring(get("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"components\"", "\"db\"", "\"diskSpace\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/kiosk.sessions.active",
            "/actuator/info", "/actuator"})
    void everything_but_health_refuses_anonymous_callers(String path) throws Exception {
        var answer = client().send(get(path).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(path).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Basic"));
        assertThat(answer.body()).as(path).doesNotContain("kiosk_");
    }

    @Test
    void the_monitoring_credential_reads_prometheus_with_the_kiosks_own_meters() throws Exception {
        var answer = client().send(monitoring(get("/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("kiosk_sessions_active ", "kiosk_feature_uses_total{feature=\"search\"}",
                "kiosk_terminals{state=\"offline\"}", "kiosk_mail_outbox_waiting ", "jvm_memory_used_bytes");
        assertThat(answer.headers().firstValue("Set-Cookie")).as("no session for a machine").isEmpty();
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        var request = get("/actuator/prometheus").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("prometheus:niet-het-wachtwoord".getBytes(StandardCharsets.UTF_8)));

        assertThat(client().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void a_visitors_kiosk_session_is_refused() throws Exception {
        var visitor = new CookieManager();
        var http = HttpClient.newBuilder().cookieHandler(visitor).followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(http.send(get("/").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(visitor.getCookieStore().getCookies()).as("the kiosk gave the visitor a session")
                .anySatisfy(cookie -> assertThat(cookie.getName()).isEqualTo("JSESSIONID"));

        var answer = http.send(get("/actuator/prometheus").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void a_signed_in_administrator_reads_the_metrics_and_a_staff_member_does_not() throws Exception {
        var admin = client();
        signIn(admin, account(Role.ADMIN));
        var staff = client();
        signIn(staff, account(Role.STAFF));

        var forAdmin = admin.send(get("/actuator/prometheus").build(), HttpResponse.BodyHandlers.ofString());
        var forStaff = staff.send(get("/actuator/prometheus").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forAdmin.statusCode()).isEqualTo(200);
        assertThat(forAdmin.body()).contains("kiosk_sessions_active");
        assertThat(forStaff.statusCode()).isEqualTo(403);
        assertThat(admin.send(get("/actuator/health").build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("\"components\"");
    }

    private String account(Role role) {
        var username = "meter-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        accounts.create("test", username, "Me Ter", role, "lang-genoeg-wachtwoord");
        return username;
    }

    private void signIn(HttpClient http, String username) throws Exception {
        var page = http.send(get("/admin/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        var form = new StringBuilder("username=" + encode(username) + "&password=" + encode("lang-genoeg-wachtwoord"));
        var token = CSRF.matcher(page);
        var parameter = CSRF_PARAMETER.matcher(page);
        if (token.find() && parameter.find()) {
            form.append('&').append(encode(parameter.group(1))).append('=').append(encode(token.group(1)));
        }
        var answer = http.send(HttpRequest.newBuilder(uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location").orElseThrow()).as("signed in").doesNotContain("error");
    }

    private static HttpRequest.Builder monitoring(HttpRequest.Builder request) {
        return request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(MONITORING.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
