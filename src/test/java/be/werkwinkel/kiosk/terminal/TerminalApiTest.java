package be.werkwinkel.kiosk.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.terminal.internal.EnrollmentThrottleSettings;
import be.werkwinkel.kiosk.terminal.internal.TerminalRequestLimitSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The terminal API over real HTTP, as a terminal calls it: every call needs the terminal's own
 * token, a code enrolls once, revocation bites on the next call, and a command reaches a waiting
 * terminal within 2 seconds.
 */
@BrowserJourney
class TerminalApiTest {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String HEARTBEAT = """
            {"state":"ATTRACT","feature":null,"appVersion":"1.0.0","uptimeSeconds":42,
             "indexBuiltAt":"2026-12-02T08:00:00Z","outboxBacklog":3,"freeDiskBytes":1000000000}""";

    @LocalServerPort
    int port;

    @Autowired
    Terminals terminals;

    @Autowired
    KioskSetups setups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnrollmentThrottleSettings throttle;

    @Autowired
    TerminalRequestLimitSettings limits;

    @Autowired
    StaffAuditLog audit;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void every_call_but_enrollment_refuses_callers_without_a_valid_token() throws Exception {
        for (var path : new String[] {"/heartbeat", "/commands/1/acknowledgement"}) {
            assertThat(post(path, null, "{}").statusCode()).as("anonymous POST %s", path).isEqualTo(401);
            assertThat(post(path, "wkt1.not-a-real-token", "{}").statusCode()).as("wrong token %s", path).isEqualTo(401);
        }
        for (var path : new String[] {"/commands?waitSeconds=0", "/configuration"}) {
            assertThat(get(path, null).statusCode()).as("anonymous GET %s", path).isEqualTo(401);
            assertThat(get(path, "wkt1.not-a-real-token").statusCode()).as("wrong token %s", path).isEqualTo(401);
            assertThat(get(path, "garbage").statusCode()).as("malformed token %s", path).isEqualTo(401);
        }
        var refused = get("/configuration", null);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(refused.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();
    }

    @Test
    void an_enrollment_code_works_once() throws Exception {
        var enrollment = terminals.create("Balie 1", "Gent", "naast de printer");

        var first = post("/enroll", null, "{\"code\":\"" + enrollment.code().toLowerCase().replace("-", " ") + "\"}");
        var second = post("/enroll", null, "{\"code\":\"" + enrollment.code() + "\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"terminalId\":" + enrollment.terminal().value(), "\"heartbeatIntervalSeconds\":15");
        assertThat(second.statusCode()).isEqualTo(401);
        assertThat(post("/enroll", null, "{\"code\":\"AAAA-BBBB-CCCC\"}").statusCode()).isEqualTo(401);
        assertThat(terminals.find(enrollment.terminal()).orElseThrow().state()).isEqualTo(TerminalState.SETUP);
    }

    @Test
    void an_expired_enrollment_code_does_not_work() throws Exception {
        var enrollment = terminals.create("Balie 2", "Gent", "");
        jdbc.sql("UPDATE terminal_enrollment SET expires_at = :past WHERE terminal_id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(1))).param("id", enrollment.terminal().value())
                .update();

        assertThat(post("/enroll", null, "{\"code\":\"" + enrollment.code() + "\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void a_heartbeat_shows_in_the_overview_and_missed_heartbeats_make_a_terminal_offline() throws Exception {
        var token = enrolledToken("Balie 3", "Aalst");
        var id = terminalOf(token);

        assertThat(post("/heartbeat", token, HEARTBEAT).statusCode()).isEqualTo(204);
        var view = terminals.find(id).orElseThrow();
        assertThat(view.state()).isEqualTo(TerminalState.ATTRACT);
        assertThat(view.appVersion()).isEqualTo("1.0.0");
        assertThat(view.outboxBacklog()).isEqualTo(3);
        assertThat(view.indexBuiltAt()).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));

        jdbc.sql("UPDATE terminal SET last_seen_at = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(46))).param("id", id.value()).update();
        assertThat(terminals.find(id).orElseThrow().state()).isEqualTo(TerminalState.OFFLINE);

        assertThat(post("/heartbeat", token, HEARTBEAT.replace("ATTRACT", "OFFLINE")).statusCode())
                .as("a terminal cannot report what only the hub concludes").isEqualTo(400);
        assertThat(post("/heartbeat", token, HEARTBEAT.replace("\"feature\":null", "\"feature\":\"Jan Peeters\""))
                .statusCode()).as("a feature is a module's name, not free text").isEqualTo(400);
    }

    @Test
    void a_terminal_sees_and_acknowledges_only_its_own_commands() throws Exception {
        var mine = enrolledToken("Balie 4", "Gent");
        var other = enrolledToken("Balie 5", "Gent");
        var seq = terminals.send(terminalOf(mine), CommandKind.LOCK, "Printer kapot", "test");

        assertThat(get("/commands?waitSeconds=0", other).body()).isEqualTo("{\"commands\":[]}");
        assertThat(post("/commands/" + seq + "/acknowledgement", other, "{\"succeeded\":true}").statusCode())
                .isEqualTo(404);
        assertThat(terminals.commands(terminalOf(mine), 1).getFirst().status()).isEqualTo(CommandStatus.WAITING);

        var fetched = get("/commands?waitSeconds=0", mine);
        assertThat(fetched.body()).contains("\"seq\":" + seq, "\"kind\":\"LOCK\"", "Printer kapot");
        assertThat(terminals.commands(terminalOf(mine), 1).getFirst().status()).isEqualTo(CommandStatus.DELIVERED);
        assertThat(post("/commands/" + seq + "/acknowledgement", mine, "{\"succeeded\":true,\"result\":\"locked\"}")
                .statusCode()).isEqualTo(204);
        assertThat(terminals.commands(terminalOf(mine), 1).getFirst()).satisfies(command -> {
            assertThat(command.status()).isEqualTo(CommandStatus.SUCCEEDED);
            assertThat(command.result()).isEqualTo("locked");
        });
        assertThat(get("/configuration", mine).body()).contains("\"lockMessage\":\"Printer kapot\"");
        assertThat(get("/configuration", other).body()).contains("\"lockMessage\":null");
    }

    @Test
    void the_configuration_carries_the_settings_of_the_terminals_site_and_its_own_and_a_save_asks_for_a_reload()
            throws Exception {
        var token = enrolledToken("Balie 7", "Wijkpunt Zuid");
        setups.saveSite("Wijkpunt Zuid", new SetupOverrides(null, null,
                java.util.Map.of(be.werkwinkel.kiosk.kiosk.KioskFeature.APPOINTMENTS, false), "9300", null, null, null), "test");
        setups.saveTerminal(terminalOf(token), new SetupOverrides(Duration.ofSeconds(75), null, java.util.Map.of(), null,
                false, null, null), "test");

        assertThat(get("/configuration", token).body()).contains("\"idleTimeoutSeconds\":75",
                "\"languages\":[\"nl\",\"fr\",\"en\"]", "\"vacancies\":true", "\"appointments\":false",
                "\"defaultPlace\":\"9300 ", "\"printing\":false", "\"staffLocation\":{\"nl\":\"Vraag het aan de balie.\"");
        assertThat(get("/commands?waitSeconds=0", token).body()).contains("\"kind\":\"RELOAD_CONFIGURATION\"");
    }

    @Test
    void a_revoked_token_is_refused_on_the_next_call() throws Exception {
        var token = enrolledToken("Balie 6", "Gent");
        var id = terminalOf(token);
        assertThat(post("/heartbeat", token, HEARTBEAT).statusCode()).isEqualTo(204);

        terminals.revoke(id);

        assertThat(post("/heartbeat", token, HEARTBEAT).statusCode()).isEqualTo(401);
        assertThat(get("/configuration", token).statusCode()).isEqualTo(401);
        assertThat(terminals.find(id).orElseThrow().state()).isEqualTo(TerminalState.REVOKED);
    }

    @Test
    void a_waiting_terminal_gets_a_new_command_at_once_not_at_the_end_of_its_wait() throws Exception {
        var token = enrolledToken("Balie 7", "Gent");
        var id = terminalOf(token);
        var waiting = http.sendAsync(request("/commands?after=0&waitSeconds=20", token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500); // nothing to await: this shows the poll waits on the server instead of answering at once
        assertThat(waiting).isNotDone();

        var sent = System.nanoTime();
        var seq = terminals.send(id, CommandKind.RESET_SESSION, null, "test");
        var answer = waiting.get(15, java.util.concurrent.TimeUnit.SECONDS);
        var millis = (System.nanoTime() - sent) / 1_000_000;
        System.out.printf("Command delivered to the waiting terminal after %d ms%n", millis);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"seq\":" + seq, "RESET_SESSION");
        // woken by the send, not by the end of its 20 s wait; the 2 s goal is measured by src/benchmark/terminals.sh
        assertThat(millis).as("delivery time in ms").isLessThan(10_000);
    }

    @Test
    void a_poll_without_commands_ends_empty_after_its_wait() throws Exception {
        var token = enrolledToken("Balie 8", "Gent");
        var started = System.nanoTime();

        var answer = get("/commands?after=0&waitSeconds=1", token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"commands\":[]}");
        assertThat((System.nanoTime() - started) / 1_000_000).isBetween(900L, 15_000L);
    }

    @Test
    void a_command_nobody_fetched_in_time_expires_and_is_never_delivered() throws Exception {
        var token = enrolledToken("Balie 9", "Gent");
        var id = terminalOf(token);
        var seq = terminals.send(id, CommandKind.UNLOCK, null, "test");
        jdbc.sql("UPDATE terminal_command SET expires_at = :past WHERE terminal_id = :id AND seq = :seq")
                .param("past", Timestamp.from(Instant.now().minusSeconds(1))).param("id", id.value()).param("seq", seq)
                .update();

        assertThat(get("/commands?waitSeconds=0", token).body()).isEqualTo("{\"commands\":[]}");
        assertThat(terminals.commands(id, 1).getFirst().status()).isEqualTo(CommandStatus.EXPIRED);
    }

    @Test
    void an_address_that_sends_too_many_wrong_codes_gets_429_until_its_pause_is_over() throws Exception {
        // an address of its own (all of 127/8 is this machine), so that the other tests' 127.0.0.1 stays unpaused
        var guesser = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.3"))
                .connectTimeout(Duration.ofSeconds(5)).build();
        var enrollment = terminals.create("Balie 10", "Gent", "");
        for (var attempt = 0; attempt < throttle.maxFailures(); attempt++) {
            assertThat(post(guesser, "/enroll", null, "{\"code\":\"AAAA-BBBB-CC" + (10 + attempt) + "\"}").statusCode())
                    .as("wrong code %d", attempt).isEqualTo(401);
        }

        var paused = post(guesser, "/enroll", null, "{\"code\":\"" + enrollment.code() + "\"}");

        assertThat(paused.statusCode()).as("even the right code, from there").isEqualTo(429);
        assertThat(paused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(paused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(seconds ->
                assertThat(seconds).isBetween(1L, throttle.period().toSeconds()));
        assertThat(paused.body()).contains("\"status\":429", "Too many enrollment codes from this address");
        assertThat(terminals.find(enrollment.terminal()).orElseThrow().state()).isEqualTo(TerminalState.NOT_ENROLLED);
        assertThat(post("/enroll", null, "{\"code\":\"" + enrollment.code() + "\"}").statusCode())
                .as("another address, and the code was not used up").isEqualTo(200);
    }

    @Test
    void a_terminal_over_its_allowance_of_a_kind_gets_429_for_that_kind_only() throws Exception {
        var busy = enrolledToken("Balie 12", "Gent");
        var other = enrolledToken("Balie 13", "Gent");
        var check = "{\"username\":\"vrij-of-niet\"}";
        for (var call = 0; call < limits.usernameChecks(); call++) {
            assertThat(post("/storage/username-check", busy, check).statusCode()).as("check %d", call).isEqualTo(200);
        }

        var refused = post("/storage/username-check", busy, check);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(seconds ->
                assertThat(seconds).isBetween(1L, limits.period().toSeconds()));
        assertThat(refused.body()).contains("\"status\":429", "USERNAME_CHECKS");
        assertThat(post("/storage/username-check", other, check).statusCode()).as("another terminal").isEqualTo(200);
        assertThat(post("/heartbeat", busy, HEARTBEAT).statusCode()).as("calls of no limited kind").isEqualTo(204);
        assertThat(post("/storage/accounts", busy, "{}").statusCode()).as("another kind: on to validation")
                .isEqualTo(400);
    }

    @Test
    void an_outbox_entry_counts_as_the_call_it_stands_for_and_staff_see_the_first_refusal() throws Exception {
        var token = enrolledToken("Balie 14", "Gent");
        var id = terminalOf(token);
        var junk = new byte[] {1, 2, 3}; // counted before it is opened, then refused as unopenable
        for (var entry = 0; entry < limits.bookings(); entry++) {
            assertThat(deliver(token, "appointment.booking", junk).statusCode()).as("entry %d", entry).isEqualTo(422);
        }

        var refused = deliver(token, "appointment.booking", junk);
        var again = deliver(token, "appointment.booking", junk);

        assertThat(refused.statusCode()).as("the booking limit, not the deliveries' far larger one").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(deliver(token, "usage.counts", junk).statusCode()).as("an entry that stands for no limited call")
                .isEqualTo(422);
        assertThat(audit.search("terminal " + id, null, null)).as("one line for staff, not one per refusal")
                .filteredOn(line -> line.action().equals("TERMINAL_CALL_LIMIT") && line.target().equals("terminal " + id))
                .singleElement().satisfies(line -> {
                    assertThat(line.actor()).isEqualTo("terminal-" + id.value());
                    assertThat(line.detail()).startsWith("BOOKINGS: more than " + limits.bookings());
                });
    }

    @Test
    void two_terminals_racing_with_one_code_enroll_once() throws Exception {
        var enrollment = terminals.create("Balie 11", "Gent", "");
        var body = "{\"code\":\"" + enrollment.code() + "\"}";
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> {
                start.await();
                return post("/enroll", null, body).statusCode();
            });
            var second = pool.submit(() -> {
                start.await();
                return post("/enroll", null, body).statusCode();
            });
            start.countDown();

            assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(200, 401);
        }
    }

    private String enrolledToken(String name, String site) throws IOException, InterruptedException {
        var enrollment = terminals.create(name, site, "");
        var answer = post("/enroll", null, "{\"code\":\"" + enrollment.code() + "\"}");
        assertThat(answer.statusCode()).isEqualTo(200);
        var matcher = TOKEN.matcher(answer.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private TerminalId terminalOf(String token) {
        return new TerminalId(jdbc.sql("SELECT id FROM terminal WHERE token_hash = UNHEX(SHA2(:token, 256))")
                .param("token", token).query(Long.class).single());
    }

    private HttpResponse<String> post(String path, @Nullable String token, String json)
            throws IOException, InterruptedException {
        return post(http, path, token, json);
    }

    private HttpResponse<String> post(HttpClient client, String path, @Nullable String token, String json)
            throws IOException, InterruptedException {
        return client.send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> deliver(String token, String kind, byte[] sealed) throws IOException, InterruptedException {
        return http.send(request("/deliveries/" + java.util.UUID.randomUUID() + "?kind=" + kind, token)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(sealed))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/terminal/v1" + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }
}
