package be.werkwinkel.kiosk.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A terminal's outbox against the test context's own hub side over real HTTP (a standalone serves
 * the terminal API): the hub's key is fetched and kept, entries are delivered once and filed once in
 * a visitor's storage, also when the same request comes twice or the terminal lost the answer, a
 * refused entry is set aside, an unreachable hub keeps the entry.
 */
@BrowserJourney
class OutboxDeliveryTest {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PIN = "582914";

    @LocalServerPort
    int port;

    @Autowired
    Terminals terminals;

    @Autowired
    PersonalStorage storage;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dataDir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String token;
    HubLink link;
    String username;
    AccountId account;

    @BeforeEach
    void enrolledTerminalAndVisitor() throws Exception {
        var code = terminals.create("Outbox " + UUID.randomUUID().toString().substring(0, 8), "Gent", "").code();
        var enrolled = http.send(HttpRequest.newBuilder(api("/enroll")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(enrolled.statusCode()).isEqualTo(200);
        var matcher = TOKEN.matcher(enrolled.body());
        assertThat(matcher.find()).isTrue();
        token = matcher.group(1);
        link = TestHub.enrolled("http://localhost:" + port + "/api/terminal/v1", token);
        username = "outbox" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        account = storage.createAccount(RequestId.random(), username, PIN, null);
    }

    private URI api(String path) {
        return URI.create("http://localhost:" + port + "/api/terminal/v1" + path);
    }

    private HubPublicKey hubKey(HubLink through) {
        return new HubPublicKey(dataDir.resolve("terminal/hub-key.json"), through);
    }

    private Outbox outbox(HubPublicKey key) {
        return new Outbox(dataDir.resolve("terminal/outbox"), TestHub.settings(100, 50_000_000), key, Clock.systemUTC());
    }

    /** A replay whose own thread is stopped, so that the test drives every pass itself. */
    private OutboxReplay driven(Outbox outbox, HubPublicKey key, HubLink through) {
        var replay = new OutboxReplay(outbox, key, through, TestHub.settings(100, 50_000_000));
        replay.close();
        return replay;
    }

    private byte[] document(String pin, String title) {
        return ("{\"username\":\"" + username + "\",\"pin\":\"" + pin + "\",\"title\":\"" + title
                + "\",\"kind\":\"LETTER\",\"format\":\"text/plain\",\"bytes\":\""
                + Base64.getEncoder().encodeToString(("Geachte, " + title).getBytes(StandardCharsets.UTF_8)) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private int deliveries(UUID request) {
        return jdbc.sql("SELECT COUNT(*) FROM terminal_delivery WHERE request_id = ?").param(request.toString())
                .query(Integer.class).single();
    }

    private String outcome(UUID request) {
        return jdbc.sql("SELECT outcome FROM terminal_delivery WHERE request_id = ?").param(request.toString())
                .query(String.class).single();
    }

    @Test
    void the_hub_key_needs_a_token_and_is_kept_without_its_private_half() throws Exception {
        var anonymous = http.send(HttpRequest.newBuilder(api("/hub-key")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        var key = hubKey(link);
        assertThat(key.known()).isFalse();
        assertThat(key.fetch()).isTrue();

        var kept = Files.readString(dataDir.resolve("terminal/hub-key.json"));
        assertThat(kept).contains("HpkePublicKey").doesNotContain("HpkePrivateKey");
        assertThat(hubKey(TestHub.notEnrolled()).known()).as("a restart offline still has it").isTrue();
    }

    @Test
    void each_entry_is_delivered_once_and_files_its_document_once() {
        var key = hubKey(link);
        var outbox = outbox(key);
        var replay = driven(outbox, key, link);
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();

        outbox.enqueue("storage.document", first, document(PIN, "Brief aan Colruyt"));
        outbox.enqueue("storage.document", second, document(PIN, "Brief aan Delhaize"));
        var pass = replay.pass();

        assertThat(pass).isEqualTo(new OutboxReplay.Pass(2, 0, 0));
        assertThat(outbox.backlog()).isZero();
        assertThat(storage.documents(account)).extracting(d -> d.name())
                .containsExactlyInAnyOrder("Brief aan Colruyt", "Brief aan Delhaize");
        assertThat(deliveries(first)).isEqualTo(1);
        assertThat(outcome(first)).startsWith("filed: document ");
    }

    @Test
    void a_terminal_that_lost_the_answer_delivers_again_and_nothing_is_filed_twice() throws Exception {
        var key = hubKey(link);
        var outbox = outbox(key);
        var replay = driven(outbox, key, link);
        var request = UUID.randomUUID();
        outbox.enqueue("storage.document", request, document(PIN, "Cv voor de bouw"));
        var entry = outbox.waiting().getFirst();
        var copy = Files.readAllBytes(entry.file());

        assertThat(replay.pass().delivered()).isEqualTo(1);
        // the crash: the hub answered, the file was not deleted
        Files.write(entry.file(), copy);
        assertThat(outbox.backlog()).isEqualTo(1);
        assertThat(replay.pass().delivered()).isEqualTo(1);

        assertThat(outbox.backlog()).isZero();
        assertThat(storage.documents(account)).hasSize(1);
        assertThat(deliveries(request)).isEqualTo(1);
        // and the same request posted by hand: answered with the first outcome, marked as a replay
        var again = http.send(HttpRequest.newBuilder(api("/deliveries/" + request + "?kind=storage.document"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(entry.sealed())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"replayed\":true").contains(outcome(request));
        assertThat(storage.documents(account)).hasSize(1);
    }

    @Test
    void wrong_credentials_file_nothing_and_the_outcome_says_so() {
        var key = hubKey(link);
        var outbox = outbox(key);
        var replay = driven(outbox, key, link);
        var request = UUID.randomUUID();

        outbox.enqueue("storage.document", request, document("999111", "Brief met foute pin"));
        replay.pass();

        assertThat(outbox.backlog()).isZero();
        assertThat(storage.documents(account)).isEmpty();
        assertThat(outcome(request)).isEqualTo("not filed: username and PIN do not match"); // no claim code: nothing held
    }

    @Test
    void wrong_pins_through_deliveries_count_towards_the_pause_whatever_the_answer() {
        var key = hubKey(link);
        var outbox = outbox(key);
        var replay = driven(outbox, key, link);
        // the first wrong PIN is held under a claim code; every later one with that code is turned down
        for (int attempt = 0; attempt < 6; attempt++) {
            var entry = new String(document("99911" + attempt, "Gok " + attempt), StandardCharsets.UTF_8)
                    .replace("\"title\"", "\"claimCode\":\"GUES-SABC\",\"title\"");
            outbox.enqueue("storage.document", UUID.randomUUID(), entry.getBytes(StandardCharsets.UTF_8));
        }
        replay.pass();

        assertThat(outbox.backlog()).isZero();
        assertThat(storage.signIn(username, PIN, "another kiosk"))
                .as("the account is paused: no PIN can be guessed through deliveries")
                .isInstanceOf(be.werkwinkel.kiosk.storage.SignIn.Paused.class);
    }

    @Test
    void an_entry_the_hub_refuses_for_good_is_set_aside_still_sealed_and_the_next_goes_on() throws Exception {
        var key = hubKey(link);
        var outbox = outbox(key);
        var replay = driven(outbox, key, link);
        var unknown = UUID.randomUUID();
        var good = UUID.randomUUID();
        outbox.enqueue("nobody.handles-this", unknown, "REFUSED-MARKER".getBytes(StandardCharsets.UTF_8));
        outbox.enqueue("storage.document", good, document(PIN, "Na de weigering"));

        assertThat(replay.pass()).isEqualTo(new OutboxReplay.Pass(1, 1, 0));

        assertThat(outbox.backlog()).isZero();
        assertThat(deliveries(unknown)).isZero();
        assertThat(deliveries(good)).isEqualTo(1);
        try (var refused = Files.list(outbox.directory().resolve(Outbox.REFUSED))) {
            var files = refused.toList();
            assertThat(files).hasSize(1);
            assertThat(files.getFirst().getFileName().toString()).contains(unknown.toString());
            assertThat(OutboxTest.indexOf(Files.readAllBytes(files.getFirst()),
                    "REFUSED-MARKER".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        }
    }

    @Test
    void a_body_that_does_not_open_with_the_hub_key_is_refused_and_nothing_is_stored() throws Exception {
        var request = UUID.randomUUID();
        var answer = http.send(HttpRequest.newBuilder(api("/deliveries/" + request + "?kind=storage.document"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[64])).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(deliveries(request)).isZero();
    }

    @Test
    void a_body_larger_than_any_document_is_refused_unread() throws Exception {
        var request = UUID.randomUUID();
        var target = api("/deliveries/" + request + "?kind=storage.document");
        // announced, never sent: the hub must answer from the length alone
        try (var socket = new java.net.Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + target.getRawPath() + "?" + target.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: " + target.getHost() + ":" + target.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + (32 * 1024 * 1024 + 1)
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
        assertThat(deliveries(request)).isZero();
    }

    @Test
    void an_unreachable_hub_keeps_the_entry_for_later() throws Exception {
        var key = hubKey(link);
        assertThat(key.fetch()).isTrue();
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var away = TestHub.enrolled("http://localhost:" + closedPort + "/api/terminal/v1", token);
        var outbox = outbox(hubKey(away));
        var request = UUID.randomUUID();
        outbox.enqueue("storage.document", request, document(PIN, "Offline geschreven"));

        var pass = driven(outbox, hubKey(away), away).pass();

        assertThat(pass).isEqualTo(new OutboxReplay.Pass(0, 0, 1));
        assertThat(outbox.backlog()).isEqualTo(1);
        assertThat(deliveries(request)).isZero();
        // the hub is back: the same entry goes through
        assertThat(driven(outbox, key, link).pass().delivered()).isEqualTo(1);
        assertThat(storage.documents(account)).hasSize(1);
    }

    @Test
    void an_enqueue_is_delivered_at_once_by_the_running_replay() throws Exception {
        var key = hubKey(link);
        var outbox = outbox(key);
        try (var replay = new OutboxReplay(outbox, key, link, new OutboxSettings(100,
                org.springframework.util.unit.DataSize.ofMegabytes(50), Duration.ofMinutes(10), Duration.ofMinutes(10)))) {
            replay.start();
            var request = UUID.randomUUID();
            outbox.enqueue("storage.document", request, document(PIN, "Meteen verstuurd"));

            var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (outbox.backlog() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(outbox.backlog()).as("delivered without waiting for the 10-minute period").isZero();
            assertThat(deliveries(request)).isEqualTo(1);
        }
    }
}
