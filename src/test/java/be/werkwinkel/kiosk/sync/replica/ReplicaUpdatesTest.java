package be.werkwinkel.kiosk.sync.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.sync.internal.TestHubClients;
import be.werkwinkel.kiosk.terminal.Terminals;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.vacancy.index.JobTitleThesaurus;
import be.werkwinkel.kiosk.vacancy.internal.TestReplicas;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Instant;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A terminal's vacancy replica against the test context's own hub API over real HTTP: the
 * terminal side (the real {@code HubClient}, {@link ReplicaUpdates}, the replica in a temporary
 * directory) as a terminal wires it, the hub side as it runs. Every vacancy the replica holds is
 * compared with the hub's stored one, field by field.
 */
@BrowserJourney
class ReplicaUpdatesTest {

    private static final Pattern ENROLLED = Pattern.compile("\"terminalId\":(\\d+),\"token\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Terminals terminals;

    @Autowired
    VacancyImport imports;

    @Autowired
    VacancyStore store;

    @Autowired
    VacancySearch hubSearch;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobTitleThesaurus thesaurus;

    @Autowired
    BelgianPlaces places;

    @Autowired
    Clock clock;

    @TempDir
    Path temp;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ReplicaSettings settings = new ReplicaSettings(Duration.ofMinutes(1));
    String source;
    String token;
    HubLink hub;

    @BeforeEach
    void enroll() throws Exception {
        source = "replica-" + UUID.randomUUID().toString().substring(0, 8);
        var enrollment = terminals.create("Replica " + source, "Gent", "");
        var answer = post("/enroll", "{\"code\":\"" + enrollment.code() + "\"}");
        var matcher = ENROLLED.matcher(answer.body());
        assertThat(matcher.find()).as(answer.body()).isTrue();
        token = matcher.group(2);
        hub = TestHubClients.enrolled(URI.create("http://127.0.0.1:" + port), temp.resolve("terminal"),
                Long.parseLong(matcher.group(1)), token);
    }

    /** Other tests share this application and its vacancies: this test's postings go with it. */
    @AfterEach
    void removeThisTestsPostings() {
        if (store.removeSource(source).removed().isEmpty()) {
            return;
        }
        imports.rebuildIndex();
    }

    @Test
    void deltas_with_upserts_and_removals_are_applied_exactly() throws Exception {
        load(true, posting("a", "Replicalasser"), posting("b", "Replicakok"), posting("c", "Replicabakker"));
        try (var terminal = replica()) {
            var updates = new ReplicaUpdates(hub, terminal.replica(), settings, clock, 7);

            assertThat(updates.updateNow()).as("a new replica is copied whole").isEqualTo(ReplicaUpdates.Outcome.COPIED);
            assertSameAsHub(terminal);
            var copied = terminal.replica().revision();

            load(true, posting("a", "Replicalasser-monteur"), posting("c", "Replicabakker"), posting("d", "Replicaschilder"));
            assertThat(updates.updateNow()).isEqualTo(ReplicaUpdates.Outcome.CAUGHT_UP);

            assertThat(terminal.replica().revision()).isGreaterThan(copied).isEqualTo(store.latestRevision());
            assertThat(terminal.search().find(id("a")).orElseThrow().title()).isEqualTo("Replicalasser-monteur");
            assertThat(removedId("b")).hasValueSatisfying(
                    removed -> assertThat(terminal.search().find(removed)).as("removed on the hub").isEmpty());
            assertThat(terminal.search().find(id("d"))).isPresent();
            assertSameAsHub(terminal);
            assertThat(titles(terminal.search(), "replicakok")).isEmpty();
            assertThat(terminal.search().status().updatedAt()).as("the screen's freshness").isNotNull();
            assertThat(new HubVacancySource(hub).reachable()).isTrue();
        }
    }

    @Test
    void a_restarted_terminal_keeps_its_revision_and_goes_on_from_it() throws Exception {
        load(true, posting("a", "Replicametselaar"));
        long revision;
        Instant updated;
        var started = clock.instant();
        try (var terminal = replica()) {
            assertThat(new ReplicaUpdates(hub, terminal.replica(), settings, clock).updateNow())
                    .isEqualTo(ReplicaUpdates.Outcome.COPIED);
            revision = terminal.replica().revision();
            updated = terminal.replica().updatedAt().orElseThrow();
        }

        try (var restarted = replica()) {
            assertThat(restarted.replica().revision()).isEqualTo(revision).isPositive();
            assertThat(restarted.replica().updatedAt()).as("the last commit's time")
                    .hasValueSatisfying(commit -> assertThat(commit).isBetween(started, updated));
            assertThat(restarted.search().status().loading()).isFalse();
            assertThat(restarted.search().find(id("a")).orElseThrow().title()).isEqualTo("Replicametselaar");

            load(false, posting("e", "Replicadakwerker"));
            assertThat(new ReplicaUpdates(hub, restarted.replica(), settings, clock).updateNow())
                    .as("from its revision, not a copy").isEqualTo(ReplicaUpdates.Outcome.CAUGHT_UP);
            assertSameAsHub(restarted);
        }
    }

    @Test
    void a_terminal_behind_the_tombstone_horizon_is_told_to_resync_and_copies_everything_anew() throws Exception {
        load(true, posting("a", "Replicavoeger"), posting("b", "Replicastukadoor"));
        try (var terminal = replica()) {
            var updates = new ReplicaUpdates(hub, terminal.replica(), settings, clock, 7);
            updates.updateNow();
            var before = terminal.replica().revision();
            var b = id("b");

            load(true, posting("a", "Replicavoeger"));  // b removed: a tombstone after the replica's revision
            var pruned = store.pruneTombstones(clock.instant().plusSeconds(60));
            assertThat(pruned.horizonRevision()).isGreaterThan(before);

            var answer = get("/vacancies/changes?since=" + before, token);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"resync\":true", "\"changes\":[]");
            assertThat(get("/vacancies/changes?since=0&limit=1", token).body()).as("from 0 nothing can be missed")
                    .contains("\"resync\":false");

            assertThat(updates.updateNow()).isEqualTo(ReplicaUpdates.Outcome.COPIED);
            assertThat(terminal.search().find(b)).as("the removal the log no longer tells").isEmpty();
            assertSameAsHub(terminal);
            assertThat(updates.updateNow()).as("after the copy, from its revision again")
                    .isEqualTo(ReplicaUpdates.Outcome.CAUGHT_UP);
        }
    }

    @Test
    void a_copy_cut_off_halfway_leaves_the_old_replica_searchable() throws Exception {
        load(true, IntStream.rangeClosed(1, 30).mapToObj(i -> posting("o" + i, "Replicaoud" + i)).toArray(String[]::new));
        try (var terminal = replica()) {
            new ReplicaUpdates(hub, terminal.replica(), settings, clock, 7).updateNow();
            var before = terminal.replica().revision();
            var removed = id("o1");

            load(true, IntStream.rangeClosed(2, 30).mapToObj(i -> posting("o" + i, "Replicanieuw" + i))
                    .toArray(String[]::new));
            store.pruneTombstones(clock.instant().plusSeconds(60)); // the replica must copy everything anew
            int closed;
            try (var socket = new ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            var gone = TestHubClients.enrolled(URI.create("http://127.0.0.1:" + closed), temp.resolve("gone"), 1, token);
            var calls = new AtomicInteger();
            // the hub answers the first three calls (a resync, then two pages of the copy), then is gone
            HubLink cut = new HubLink() {
                @Override
                public RestClient api() {
                    return calls.incrementAndGet() <= 3 ? hub.api() : gone.api();
                }

                @Override
                public boolean enrolled() {
                    return true;
                }

                @Override
                public boolean online() {
                    return gone.online();
                }

                @Override
                public Optional<Instant> lastContact() {
                    return hub.lastContact();
                }
            };

            assertThat(new ReplicaUpdates(cut, terminal.replica(), settings, clock, 7).updateNow())
                    .isEqualTo(ReplicaUpdates.Outcome.FAILED);
            assertThat(calls.get()).as("cut off during the copy").isGreaterThan(3);

            assertThat(terminal.replica().revision()).isEqualTo(before);
            assertThat(terminal.search().find(removed)).as("the old replica, whole").isPresent();
            assertThat(IntStream.rangeClosed(2, 30).mapToObj(i -> terminal.search().find(id("o" + i)).orElseThrow().title()))
                    .as("nothing of the cut copy").allSatisfy(title -> assertThat(title).startsWith("Replicaoud"));

            assertThat(new ReplicaUpdates(hub, terminal.replica(), settings, clock, 7).updateNow())
                    .isEqualTo(ReplicaUpdates.Outcome.COPIED);
            assertThat(terminal.search().find(removed)).isEmpty();
            assertThat(terminal.search().find(id("o7")).orElseThrow().title()).isEqualTo("Replicanieuw7");
            assertSameAsHub(terminal);
        }
    }

    @Test
    void a_damaged_replica_is_copied_anew() throws Exception {
        load(true, posting("a", "Replicaloodgieter"));
        try (var terminal = replica()) {
            new ReplicaUpdates(hub, terminal.replica(), settings, clock).updateNow();
        }
        try (var files = Files.list(temp.resolve("index"))) {
            var segments = files.filter(file -> file.getFileName().toString().startsWith("segments_")).findFirst()
                    .orElseThrow();
            try (var channel = FileChannel.open(segments, StandardOpenOption.WRITE)) {
                channel.truncate(10);
            }
        }

        try (var restarted = replica()) {
            assertThat(restarted.replica().revision()).as("emptied").isEqualTo(-1);
            assertThat(restarted.search().status().loading()).isTrue();

            assertThat(new ReplicaUpdates(hub, restarted.replica(), settings, clock).updateNow())
                    .isEqualTo(ReplicaUpdates.Outcome.COPIED);
            assertThat(restarted.search().status().loading()).isFalse();
            assertSameAsHub(restarted);
        }
    }

    @Test
    void with_the_hub_unreachable_the_replica_still_answers_and_says_it_is_offline() throws Exception {
        load(true, posting("a", "Replicaglazenwasser"));
        try (var terminal = replica()) {
            assertThat(new ReplicaUpdates(hub, terminal.replica(), settings, clock).updateNow())
                    .isEqualTo(ReplicaUpdates.Outcome.COPIED);
            var revision = terminal.replica().revision();
            var updated = terminal.search().status().updatedAt();

            int closed;
            try (var socket = new ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            var gone = TestHubClients.enrolled(URI.create("http://127.0.0.1:" + closed), temp.resolve("gone"), 1, token);
            var updates = new ReplicaUpdates(gone, terminal.replica(), settings, clock);
            load(false, posting("f", "Replicatuinier"));

            var log = new ListAppender<ILoggingEvent>();
            log.start();
            var logger = (Logger) LoggerFactory.getLogger(ReplicaUpdates.class);
            logger.addAppender(log);
            try {
                assertThat(updates.updateNow()).isEqualTo(ReplicaUpdates.Outcome.FAILED);
                assertThat(updates.updateNow()).as("and again, quietly").isEqualTo(ReplicaUpdates.Outcome.FAILED);
            } finally {
                logger.detachAppender(log);
            }
            assertThat(log.list).as("one line per outage, not per try").hasSize(1)
                    .allSatisfy(line -> assertThat(line.getLevel()).isEqualTo(Level.WARN));

            assertThat(new HubVacancySource(gone).reachable()).isFalse();
            assertThat(terminal.replica().revision()).isEqualTo(revision);
            assertThat(titles(terminal.search(), "replicaglazenwasser")).containsExactly("Replicaglazenwasser");
            assertThat(terminal.search().find(id("a"))).isPresent();
            assertThat(terminal.search().status().loading()).isFalse();
            assertThat(terminal.search().status().updatedAt()).isEqualTo(updated);

            assertThat(new ReplicaUpdates(hub, terminal.replica(), settings, clock).updateNow())
                    .as("once the hub is back").isEqualTo(ReplicaUpdates.Outcome.CAUGHT_UP);
            assertThat(terminal.search().find(id("f"))).isPresent();
        }
    }

    @Test
    void a_terminal_that_was_off_for_long_catches_up_page_by_page() throws Exception {
        load(true, posting("a", "Replicaverpleger"));
        try (var terminal = replica()) {
            var updates = new ReplicaUpdates(hub, terminal.replica(), settings, clock, 7);
            updates.updateNow();
            var before = terminal.replica().revision();

            // a week of changes: 60 new, 1 changed, while the terminal was off
            load(true, IntStream.rangeClosed(0, 60).mapToObj(i -> i == 0 ? posting("a", "Replicaverpleegkundige")
                    : posting("n" + i, "Replicawerk" + i)).toArray(String[]::new));
            var pages = get("/vacancies/changes?since=" + before + "&limit=7", token);
            assertThat(pages.body()).as("more than one page of 7").contains("\"upToDate\":false");

            assertThat(updates.updateNow()).isEqualTo(ReplicaUpdates.Outcome.CAUGHT_UP);
            assertThat(terminal.replica().revision()).isEqualTo(store.latestRevision());
            assertThat(terminal.search().find(id("a")).orElseThrow().title()).isEqualTo("Replicaverpleegkundige");
            for (var i = 1; i <= 60; i++) {
                assertThat(terminal.search().find(id("n" + i))).as("n%d", i).isPresent();
            }
            assertSameAsHub(terminal);
        }
    }

    @Test
    void an_unenrolled_terminal_does_not_ask() throws Exception {
        try (var terminal = replica()) {
            var unenrolled = TestHubClients.notEnrolled(URI.create("http://127.0.0.1:" + port), temp.resolve("new"));
            assertThat(new ReplicaUpdates(unenrolled, terminal.replica(), settings, clock).updateNow())
                    .isEqualTo(ReplicaUpdates.Outcome.NOT_ENROLLED);
            assertThat(terminal.replica().revision()).isEqualTo(-1);
        }
    }

    @Test
    void the_change_log_needs_a_token_and_sane_parameters() throws Exception {
        assertThat(get("/vacancies/changes", null).statusCode()).isEqualTo(401);
        assertThat(get("/vacancies/changes", "wkt1.not-a-real-token").statusCode()).isEqualTo(401);
        for (var bad : List.of("since=-1", "since=abc", "limit=0", "limit=2001", "limit=", "since=99999999999999999999",
                "horizon=-3", "horizon=x")) {
            var answer = get("/vacancies/changes?" + bad, token);
            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(bad)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(get("/vacancies/changes?limit=2000", token).statusCode()).isEqualTo(200);
    }

    @Test
    void the_change_log_says_upserted_with_the_whole_vacancy_and_removed_with_its_id() throws Exception {
        load(true, posting("a", "Replicaschrijnwerker"), posting("b", "Replicavloerder"));
        var from = store.latestRevision();
        var a = id("a");
        var b = id("b");
        load(true, posting("a", "Replicaschrijnwerker-plaatser"));

        var body = get("/vacancies/changes?since=" + from, token).body();

        assertThat(body).contains("{\"revision\":", "\"type\":\"removed\",\"id\":" + b.value(),
                "\"type\":\"upserted\",\"vacancy\":{\"id\":" + a.value() + ",\"source\":\"" + source + "\"",
                "\"title\":\"Replicaschrijnwerker-plaatser\"", "\"descriptionHtml\":", "\"salary\":{\"minimum\":2500",
                "\"unit\":\"month\"", "\"contracts\":[\"permanent\"]", "\"datePosted\":\"" + LocalDate.now(clock).minusDays(1),
                "\"latestRevision\":" + store.latestRevision(), "\"upToDate\":true", "\"resync\":false", "\"horizon\":");
        assertThat(body).doesNotContain("null,\"id\"", "\"vacancy\":null");
    }

    // ---

    private TestReplicas.Replica replica() throws IOException {
        return TestReplicas.open(temp.resolve("index"), thesaurus, places, clock);
    }

    /** Every vacancy of this test's source on the hub is in the replica exactly as stored, and no other of it. */
    private void assertSameAsHub(TestReplicas.Replica terminal) {
        var ids = jdbc.sql("SELECT id FROM vacancy WHERE source = :source ORDER BY id").param("source", source)
                .query(Long.class).list();
        assertThat(ids).isNotEmpty();
        for (var id : ids) {
            var stored = store.find(new VacancyId(id)).orElseThrow();
            assertThat(terminal.search().find(new VacancyId(id))).as("vacancy %d", id).hasValue(stored);
        }
        assertThat(terminal.search().status().vacancies()).as("as many open vacancies as the hub")
                .isEqualTo(hubSearch.status().vacancies());
        assertThat(terminal.replica().revision()).isEqualTo(store.latestRevision());
    }

    private VacancyId id(String identifier) {
        return new VacancyId(jdbc.sql("SELECT id FROM vacancy WHERE source = :source AND identifier = :identifier")
                .param("source", source).param("identifier", source + "-" + identifier).query(Long.class).single());
    }

    private Optional<VacancyId> removedId(String identifier) {
        return jdbc.sql("SELECT MAX(vacancy_id) FROM vacancy_tombstone WHERE source = :source AND identifier = :identifier")
                .param("source", source).param("identifier", source + "-" + identifier).query(Long.class).optional()
                .map(VacancyId::new);
    }

    private static List<String> titles(VacancySearch search, String text) {
        return search.search(VacancyQuery.all(50).toBuilder().text(text).build()).hits().stream()
                .map(hit -> hit.title().text()).collect(Collectors.toList());
    }

    private void load(boolean complete, String... postings) {
        var report = imports.importStream(new ByteArrayInputStream(String.join("\n", postings)
                .getBytes(StandardCharsets.UTF_8)), source, new VacancyImport.FeedOptions(source, complete));
        assertThat(report.failure()).isNull();
        assertThat(report.rejected()).as(report.errors().toString()).isZero();
    }

    private String posting(String identifier, String title) {
        return """
                {"@context":"https://schema.org","@type":"JobPosting","identifier":"%s-%s","title":"%s",\
                "description":"<p>Een vacature voor een <b>%s</b>.</p>","datePosted":"%s","validThrough":"%s",\
                "employmentType":"PERMANENT",\
                "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue",\
                "minValue":2500,"maxValue":3100.5,"unitText":"MONTH"}},\
                "hiringOrganization":{"@type":"Organization","name":"Werkgever %s"},\
                "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","postalCode":"9000",\
                "addressLocality":"Gent","addressCountry":"BE"}}}""".formatted(source, identifier, title, title,
                LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusYears(1), identifier);
    }

    private HttpResponse<String> get(String path, @Nullable String bearer) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/terminal/v1" + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/terminal/v1" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
