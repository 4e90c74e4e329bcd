package be.werkwinkel.kiosk.sync.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.storage.ClaimCodes;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageUnreachable;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.terminal.Terminals;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The remote personal storage of a terminal against the real hub API of this application over
 * HTTP: writes are idempotent by request id, the visitor session is bound to its terminal, forged
 * and missing sessions and bad input are refused and change nothing, a session wipe forgets the
 * token, a hub that cannot be reached is {@link StorageUnreachable}, and a document saved for later
 * with a wrong PIN is held under its claim code and claimed once.
 */
@BrowserJourney
class RemoteStorageTest {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Terminals terminals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_visitor_saves_through_the_hub_once_and_the_session_opens_nothing_elsewhere() throws Exception {
        var token = enroll("Balie opslag 1");
        var storage = new RemotePersonalStorage(link(token), null);
        var name = username();
        var account = storage.createAccount(RequestId.random(), name, "482915", null);
        var request = RequestId.random();
        var content = new DocumentContent("{\"basics\":{}}".getBytes(StandardCharsets.UTF_8), "application/json");
        var first = storage.save(request, account, DocumentKind.CV, "Mijn cv", content);
        var again = storage.save(request, account, DocumentKind.CV, "Mijn cv", content);
        assertThat(again).as("the same request id files nothing more").isEqualTo(first);
        assertThat(storage.documents(account)).extracting(d -> d.id()).containsExactly(first);
        assertThat(storage.open(account, first).content().bytes()).isEqualTo(content.bytes());
        storage.rename(RequestId.random(), account, first, "Cv keuken");
        assertThat(storage.documents(account).getFirst().name()).isEqualTo("Cv keuken");

        // signing in on the terminal gives a session token; another terminal cannot use it
        var signIn = post(token, "/storage/sign-in", null,
                "{\"username\":\"" + name + "\",\"pin\":\"482915\",\"visitorSession\":\"v1\"}");
        assertThat(signIn.statusCode()).isEqualTo(200);
        var session = field(signIn.body(), "session");
        assertThat(get(token, "/storage/documents", session).statusCode()).isEqualTo(200);
        var other = enroll("Balie opslag 2");
        assertThat(get(other, "/storage/documents", session).statusCode()).as("another terminal").isEqualTo(403);
        assertThat(get(token, "/storage/documents", null).statusCode()).as("the terminal token alone").isEqualTo(403);
        var forged = session.substring(0, session.lastIndexOf('.') + 1) + "AAAA" + session.substring(session.lastIndexOf('.') + 5);
        assertThat(get(token, "/storage/documents", forged).statusCode()).as("forged").isEqualTo(403);

        // bad input: 400, nothing changed
        var bad = post(token, "/storage/documents", session,
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"kind\":\"CV\",\"name\":\"x\",\"mediaType\":\"NOT A TYPE\",\"bytes\":\"AA==\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        var badKind = post(token, "/storage/documents", session,
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"kind\":\"PHOTO\",\"name\":\"x\",\"mediaType\":\"text/plain\",\"bytes\":\"AA==\"}");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(post(token, "/storage/accounts", null, "{\"requestId\":\"" + UUID.randomUUID()
                + "\",\"username\":\"" + username() + "\",\"pin\":\"12ab56\"}").statusCode()).isEqualTo(400);
        assertThat(storage.documents(account)).hasSize(1);

        // a wiped visitor session leaves the terminal nothing to send
        var signedIn = (SignIn.SignedIn) storage.signIn(name, "482915", "visitor-session-7");
        assertThat(storage.heldTokens()).isEqualTo(1);
        storage.visitorSessionEnded(new VisitorSessionEnded("visitor-session-7", SessionEndReason.STOPPED, KioskLanguage.DUTCH,
                Instant.now(), Instant.now()));
        assertThat(storage.heldTokens()).isZero();
        assertThatThrownBy(() -> storage.documents(signedIn.visitor().id())).isInstanceOfSatisfying(StorageProblem.class,
                problem -> assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.SIGNED_OUT));
    }

    @Test
    void an_unreachable_hub_is_said_so_and_changes_nothing() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var storage = new RemotePersonalStorage(new Link("http://127.0.0.1:" + closed + "/api/terminal/v1", "x"), null);
        assertThat(storage.reachable()).isFalse();
        assertThatThrownBy(() -> storage.signIn("amina", "482915", "v")).isInstanceOf(StorageUnreachable.class);
        assertThatThrownBy(() -> storage.isUsernameFree("amina")).isInstanceOf(StorageUnreachable.class);
    }

    @Test
    void a_document_saved_for_later_with_a_wrong_pin_is_held_and_claimed_once() throws Exception {
        var token = enroll("Balie opslag 3");
        var storage = new RemotePersonalStorage(link(token), null);
        var name = username();
        var account = storage.createAccount(RequestId.random(), name, "482915", null);
        var code = ClaimCodes.random();
        var delivery = UUID.randomUUID();
        var entry = """
                {"username":"%s","pin":"111999","title":"Brief bakkerij","kind":"LETTER","format":"text/plain",
                 "bytes":"%s","claimCode":"%s"}""".formatted(name,
                Base64.getEncoder().encodeToString("Geachte".getBytes(StandardCharsets.UTF_8)), code);
        var outcome = deliver(token, delivery, entry);
        assertThat(outcome).contains("held");
        assertThat(deliver(token, delivery, entry)).as("a replay holds nothing more").contains("\"replayed\":true");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM storage_held_document WHERE request_id = ?").param(delivery.toString())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(storage.documents(account)).isEmpty();

        var claim = RequestId.random();
        var filed = storage.claim(claim, account, code.toLowerCase().replace("-", " "), "visitor-1");
        assertThat(storage.claim(claim, account, code, "visitor-1")).as("the same claim again").isEqualTo(filed);
        assertThatThrownBy(() -> storage.claim(RequestId.random(), account, code, "visitor-1")).isInstanceOfSatisfying(
                StorageProblem.class, problem -> assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.CLAIM_NOT_FOUND));
        assertThat(storage.documents(account)).singleElement().satisfies(document -> {
            assertThat(document.name()).isEqualTo("Brief bakkerij");
            assertThat(document.kind()).isEqualTo(DocumentKind.LETTER);
        });
        assertThat(new String(storage.open(account, filed).content().bytes(), StandardCharsets.UTF_8)).isEqualTo("Geachte");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM storage_held_document WHERE request_id = ?").param(delivery.toString())
                .query(Long.class).single()).isZero();

        // the right PIN files it at once, exactly once
        var right = UUID.randomUUID();
        var rightEntry = entry.replace("111999", "482915").replace(code, ClaimCodes.random());
        assertThat(deliver(token, right, rightEntry)).contains("filed");
        deliver(token, right, rightEntry);
        assertThat(storage.documents(account)).hasSize(2);
    }

    @Test
    void claim_codes_that_find_nothing_pause_claiming_per_visitor_session_and_per_terminal() throws Exception {
        var token = enroll("Balie opslag 4");
        var storage = new RemotePersonalStorage(link(token), null);
        var name = username();
        var account = storage.createAccount(RequestId.random(), name, "482915", null);
        var code = ClaimCodes.random();
        deliver(token, UUID.randomUUID(), """
                {"username":"%s","pin":"111999","title":"Cv slagerij","kind":"CV","format":"text/plain",
                 "bytes":"%s","claimCode":"%s"}""".formatted(name,
                Base64.getEncoder().encodeToString("Cv".getBytes(StandardCharsets.UTF_8)), code));
        var max = 5; // kiosk.storage.max-failed-attempts; a terminal may see four times as many

        for (var attempt = 1; attempt < max; attempt++) {
            assertRefused(() -> storage.claim(RequestId.random(), account, ClaimCodes.random(), "session-a"),
                    StorageProblem.Reason.CLAIM_NOT_FOUND);
        }
        assertRefused(() -> storage.claim(RequestId.random(), account, "nonsense!", "session-a"),
                StorageProblem.Reason.CLAIMS_PAUSED);
        assertRefused(() -> storage.claim(RequestId.random(), account, code, "session-a"), StorageProblem.Reason.CLAIMS_PAUSED);
        assertThat(storage.documents(account)).as("a paused session claims nothing, not even with the right code").isEmpty();

        // another visitor session on the same terminal is not paused by the first one
        var filed = storage.claim(RequestId.random(), account, code, "session-b");
        assertThat(storage.documents(account)).extracting(d -> d.id()).containsExactly(filed);

        // but the terminal as a whole is, after four times as many (5 so far)
        for (var session : java.util.List.of("session-c", "session-d", "session-e")) {
            for (var attempt = 1; attempt < max; attempt++) {
                assertRefused(() -> storage.claim(RequestId.random(), account, ClaimCodes.random(), session),
                        StorageProblem.Reason.CLAIM_NOT_FOUND);
            }
        }
        assertRefused(() -> storage.claim(RequestId.random(), account, ClaimCodes.random(), "session-f"),
                StorageProblem.Reason.CLAIM_NOT_FOUND);
        assertRefused(() -> storage.claim(RequestId.random(), account, ClaimCodes.random(), "session-f"),
                StorageProblem.Reason.CLAIM_NOT_FOUND);
        assertRefused(() -> storage.claim(RequestId.random(), account, ClaimCodes.random(), "session-f"),
                StorageProblem.Reason.CLAIMS_PAUSED);
        assertRefused(() -> storage.claim(RequestId.random(), account, ClaimCodes.random(), "session-g"),
                StorageProblem.Reason.CLAIMS_PAUSED);

        // another terminal is not
        var other = new RemotePersonalStorage(link(enroll("Balie opslag 5")), null);
        var elsewhere = other.createAccount(RequestId.random(), username(), "482915", null);
        assertRefused(() -> other.claim(RequestId.random(), elsewhere, ClaimCodes.random(), "session-a"),
                StorageProblem.Reason.CLAIM_NOT_FOUND);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, StorageProblem.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StorageProblem.class,
                problem -> assertThat(problem.reason()).isEqualTo(reason));
    }

    private String deliver(String token, UUID request, String plaintext) throws Exception {
        HybridConfig.register();
        var key = http.send(HttpRequest.newBuilder(api("/hub-key")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var sealed = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(key)
                .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class)
                .encrypt(plaintext.getBytes(StandardCharsets.UTF_8),
                        be.werkwinkel.kiosk.terminal.DeliveryHandler.associatedData(request, "storage.document"));
        var response = http.send(HttpRequest.newBuilder(api("/deliveries/" + request + "?kind=storage.document"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sealed)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private String enroll(String name) throws Exception {
        var enrollment = terminals.create(name, "Gent", "");
        var response = http.send(HttpRequest.newBuilder(api("/enroll")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + enrollment.code() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        var matcher = TOKEN.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> post(String token, String path, String session, String body) throws Exception {
        var request = HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("X-Visitor-Session", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String token, String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + token);
        if (session != null) {
            request.header("X-Visitor-Session", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        var matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }

    private URI api(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/terminal/v1" + path);
    }

    private HubLink link(String token) {
        return new Link("http://127.0.0.1:" + port + "/api/terminal/v1", token);
    }

    private static String username() {
        var random = new Random();
        var name = new StringBuilder("remote");
        for (var i = 0; i < 6; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** A terminal's line to this application, with the terminal token; online after any answer. */
    private static final class Link implements HubLink {

        private final RestClient client;
        private volatile boolean online;

        Link(String apiBase, String token) {
            this.client = RestClient.builder().baseUrl(apiBase)
                    .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(2)).build()))
                    .defaultHeaders(headers -> headers.setBearerAuth(token))
                    .requestInterceptor((request, body, execution) -> {
                        var response = execution.execute(request, body);
                        online = true;
                        return response;
                    })
                    .build();
        }

        @Override
        public RestClient api() {
            return client;
        }

        @Override
        public boolean enrolled() {
            return true;
        }

        @Override
        public boolean online() {
            return online;
        }

        @Override
        public Optional<Instant> lastContact() {
            return Optional.empty();
        }
    }
}
