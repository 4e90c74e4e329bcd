package be.werkwinkel.kiosk.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.admin.staff.SignInThrottleSettings;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.terminal.Terminals;
import com.vaadin.flow.router.Route;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** The three surfaces over real HTTP: the console needs a staff sign-in, kiosk and machine endpoints do not. */
@BrowserJourney
class StaffAccessTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffAuditLog audit;

    @Autowired
    Terminals terminals;

    @Autowired
    SignInThrottleSettings addressThrottle;

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/", "/admin/staff", "/admin/audit", "/admin/visitor-pin",
            "/admin/no-such-screen", "/admin/staff?x=1"})
    void every_console_address_sends_nobody_to_the_sign_in(String path) throws Exception {
        var response = client().send(get(path), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(location ->
                assertThat(URI.create(location).getPath()).isEqualTo("/admin/login"));
    }

    @Test
    void the_sign_in_page_itself_is_open() throws Exception {
        var response = client().send(get("/admin/login"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/vacatures", "/no-such-page", "/adminx", "/help"})
    void kiosk_addresses_and_mistyped_ones_never_meet_the_staff_sign_in(String path) throws Exception {
        var response = client().send(get(path), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(path).isIn(200, 404);
        assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
    }

    @Test
    void machine_endpoints_answer_as_before_without_session_or_csrf_token() throws Exception {
        var http = client();
        var search = http.send(get("/api/vacancies?q=kok"), HttpResponse.BodyHandlers.ofString());
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();

        var missing = http.send(get("/api/nothing-here"), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        // a POST without Spring's CSRF token reaches the endpoint, which refuses a missing loopback token itself
        var local = http.send(HttpRequest.newBuilder(uri("/local-admin/staff/first-admin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=x&name=x&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(local.statusCode()).isEqualTo(403);
        assertThat(local.body()).isEqualTo("Not allowed.\n");
    }

    @Test
    void a_staff_member_signs_in_and_then_opens_the_console() throws Exception {
        var username = account();
        var http = client();

        var answer = signIn(http, username, "lang-genoeg-wachtwoord");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/admin");
        assertThat(http.send(get("/admin"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void wrong_passwords_pause_the_account_so_that_even_the_right_one_is_refused() throws Exception {
        var username = account();
        var http = client();

        for (var attempt = 0; attempt < 5; attempt++) {
            var refused = signIn(http, username, "fout-wachtwoord-" + attempt);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?error");
        }
        var afterwards = signIn(http, username, "lang-genoeg-wachtwoord");

        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?error");
        var account = accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        assertThat(account.pausedUntil()).isAfter(Instant.now().plusSeconds(30));
        assertThat(audit.search(username, null, null)).anySatisfy(entry ->
                assertThat(entry.detail()).startsWith("paused until"));

        // a new password from an administrator lifts the pause
        accounts.resetPassword("test", account.id(), "nieuw-lang-wachtwoord");
        assertThat(signIn(client(), username, "nieuw-lang-wachtwoord").headers().firstValue("Location")
                .orElseThrow()).doesNotContain("error");
    }

    @Test
    void an_unknown_username_is_refused_like_a_wrong_password() throws Exception {
        var answer = signIn(client(), "niemand-" + UUID.randomUUID().toString().substring(0, 8), "wat-dan-ook-123");

        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?error");
    }

    /**
     * Every console address there is (each {@code @Route} under /admin, found on the class path, so
     * that a new screen is covered without being listed here) refuses nobody, a kiosk visitor's
     * session and a terminal's token alike: each is sent to the sign-in, and no page is served.
     */
    @Test
    void every_console_address_refuses_nobody_a_visitor_session_and_a_terminal_token() throws Exception {
        var visitor = client();
        assertThat(visitor.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(visitor.send(get("/vacatures"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(sessionCookie(visitor)).as("a kiosk session").isNotEmpty();
        var token = terminalToken();
        var paths = consoleAddresses();
        assertThat(paths).contains("/admin", "/admin/staff", "/admin/terminals", "/admin/content/vacancies",
                "/admin/content/mail");

        for (var path : paths) {
            for (var caller : List.of("nobody", "visitor", "terminal")) {
                var request = HttpRequest.newBuilder(uri(path)).GET();
                if (caller.equals("terminal")) {
                    request.header("Authorization", "Bearer " + token);
                }
                var response = (caller.equals("visitor") ? visitor : client()).send(request.build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as("%s as %s", path, caller).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).as("%s as %s", path, caller)
                        .hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo("/admin/login"));
            }
        }
    }

    /** The terminal API takes a terminal's token and nothing else: not a visitor's session, not a staff member's. */
    @Test
    void a_visitor_session_or_a_staff_session_is_no_terminal_credential() throws Exception {
        var visitor = client();
        visitor.send(get("/vacatures"), HttpResponse.BodyHandlers.ofString());
        var staff = client();
        assertThat(signIn(staff, account(), "lang-genoeg-wachtwoord").headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
        assertThat(staff.send(get("/admin"), HttpResponse.BodyHandlers.ofString()).statusCode()).as("signed in").isEqualTo(200);
        var heartbeat = "{\"state\":\"ATTRACT\",\"appVersion\":\"1\",\"uptimeSeconds\":1}";

        for (var session : Map.of("visitor", visitor, "staff", staff).entrySet()) {
            var http = session.getValue();
            for (var call : List.of(
                    HttpRequest.newBuilder(uri("/api/terminal/v1/heartbeat")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(heartbeat)),
                    HttpRequest.newBuilder(uri("/api/terminal/v1/commands?waitSeconds=0")).GET(),
                    HttpRequest.newBuilder(uri("/api/terminal/v1/commands/1/acknowledgement"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"succeeded\":true}")),
                    HttpRequest.newBuilder(uri("/api/terminal/v1/configuration")).GET())) {
                var request = call.build();
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as("%s %s with a %s session", request.method(), request.uri().getPath(),
                        session.getKey()).isEqualTo(401);
            }
        }
    }

    /**
     * Besides the pause per account: wrong sign-ins from one address, spread over any usernames,
     * slow that address down (refused without a check), and only that address.
     */
    @Test
    void many_wrong_sign_ins_from_one_address_slow_that_address_down_and_no_other() throws Exception {
        var username = account();
        // an address of its own (all of 127/8 is this machine): the other tests sign in from 127.0.0.1
        var sprayer = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2"))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        for (var attempt = 0; attempt < addressThrottle.maxFailures(); attempt++) {
            var refused = signIn(sprayer, "geraden-" + attempt + "-" + UUID.randomUUID().toString().substring(0, 6),
                    "wachtwoord-" + attempt);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?error");
        }

        var rightPassword = signIn(sprayer, username, "lang-genoeg-wachtwoord");

        assertThat(rightPassword.headers().firstValue("Location").orElseThrow()).as("refused, from that address")
                .endsWith("/admin/login?error");
        assertThat(audit.search("from this computer", null, null)).anySatisfy(entry ->
                assertThat(entry.detail()).startsWith("too many wrong sign-ins from this computer's address"));
        assertThat(audit.search(username, null, null)).as("the account itself was not even tried")
                .noneMatch(entry -> entry.action().equals("SIGN_IN"));
        assertThat(signIn(client(), username, "lang-genoeg-wachtwoord").headers().firstValue("Location").orElseThrow())
                .as("from another address").doesNotContain("error");
    }

    /** Every {@code @Route} under /admin but the sign-in, with a route parameter filled in. */
    private static List<String> consoleAddresses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var paths = new TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents("be.werkwinkel.kiosk")) {
            var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), StaffAccessTest.class.getClassLoader());
            var route = type.getAnnotation(Route.class).value();
            var staff = route.equals(StaffScreens.PATH) || route.startsWith(StaffScreens.PATH + "/");
            if (staff && !route.equals(StaffScreens.PATH + "/login")) {
                paths.add("/" + route.replaceAll(":[^/]+", "1"));
            }
        }
        return List.copyOf(paths);
    }

    private String terminalToken() throws Exception {
        var enrollment = terminals.create("Beveiliging " + UUID.randomUUID().toString().substring(0, 6), "Gent", "");
        var answer = client().send(HttpRequest.newBuilder(uri("/api/terminal/v1/enroll"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + enrollment.code() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        var token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static List<String> sessionCookie(HttpClient http) {
        return http.cookieHandler().map(handler -> ((CookieManager) handler).getCookieStore().getCookies().stream()
                .map(HttpCookie::getName).filter("JSESSIONID"::equals).toList()).orElse(List.of());
    }

    private String account() {
        var username = "medewerker-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        accounts.create("test", username, "Mede Werker", Role.STAFF, "lang-genoeg-wachtwoord");
        return username;
    }

    private HttpResponse<String> signIn(HttpClient http, String username, String password) throws Exception {
        var page = http.send(get("/admin/login"), HttpResponse.BodyHandlers.ofString()).body();
        var form = new StringBuilder("username=" + encode(username) + "&password=" + encode(password));
        var token = CSRF.matcher(page);
        var parameter = CSRF_PARAMETER.matcher(page);
        if (token.find() && parameter.find()) {
            form.append('&').append(encode(parameter.group(1))).append('=').append(encode(token.group(1)));
        }
        return http.send(HttpRequest.newBuilder(uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
