package be.werkwinkel.kiosk.vacancy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.vacancy.ImportReport;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyImport.FeedOptions;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** Files, streams, http(s) feeds, the drop folder and URL polling, into the real database. */
@KioskTest
class FeedImporterTest {

    static HttpServer server;
    static ExecutorService handlers;
    static byte[] feed;

    @Autowired
    FeedImporter importer;

    @Autowired
    VacancyStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EscoOccupations occupations;

    @Autowired
    BelgianPlaces places;

    @Autowired
    Clock clock;

    /** A feed server on the loopback address only, with a healthy feed and several kinds of trouble. */
    @BeforeAll
    static void start_a_feed_server() throws Exception {
        feed = Files.readAllBytes(BrokenFeedsTest.resource("valid/three-postings.json"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newFixedThreadPool(4);
        server.setExecutor(handlers);
        server.createContext("/feed.json", exchange -> respond(exchange, 200, feed));
        server.createContext("/error", exchange -> respond(exchange, 500, "<h1>Internal Server Error</h1>".getBytes()));
        server.createContext("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream body = exchange.getResponseBody()) {
                body.write('[');
                var record = (FeedReading.posting("validThrough", "2099-12-31") + ",").getBytes();
                for (var i = 0; i < 20_000; i++) { // bounded: ~4 MB, far over the test's limit
                    body.write(record);
                }
            } catch (IOException clientGaveUp) {
                // expected: the importer stops reading at its limit
            }
        });
        server.createContext("/stalls", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write("[".getBytes());
                body.flush();
                Thread.sleep(60_000); // far beyond the deadline: only the importer's own deadline ends the wait
            } catch (IOException | InterruptedException clientGaveUp) {
                // expected: the importer stops waiting at its deadline
            }
        });
        server.start();
    }

    @AfterAll
    static void stop_the_feed_server() {
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void a_feed_file_is_imported_and_its_vacancies_can_be_found() throws Exception {
        var before = store.latestSequence();

        var result = importer.importFile(BrokenFeedsTest.resource("valid/three-postings.json"),
                new FeedOptions("file-feed", false));

        assertThat(result.succeeded()).as(result.report().summary()).isTrue();
        assertThat(result.report().added()).isEqualTo(3);
        assertThat(result.changed()).hasSize(3);
        assertThat(result.sequence()).isEqualTo(before + 1);
        assertThat(result.changed()).map(id -> store.find(id).map(Vacancy::identifier).orElseThrow())
                .containsExactlyInAnyOrder("v-1", "v-2", "v-3");
        var gent = store.find(result.changed().getFirst()).orElseThrow();
        assertThat(gent.location().hasCoordinates()).as("coordinates from postcode 9000").isTrue();
        assertThat(gent.occupation()).as("ESCO's preferred label for 'magazijnier'").isEqualTo("magazijnmedewerker");
    }

    @Test
    void a_feed_served_over_http_is_imported() {
        var result = importer.importUrl(url("/feed.json"), new FeedOptions("http-feed", true));

        assertThat(result.succeeded()).as(result.report().summary()).isTrue();
        assertThat(result.report().added()).isEqualTo(3);
        assertThat(count("http-feed")).isEqualTo(3);
    }

    @Test
    void an_unreachable_server_is_a_failure_that_changes_nothing() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var before = everything();

        var result = importer.importUrl(URI.create("http://127.0.0.1:" + closedPort + "/feed.json"),
                new FeedOptions("unreachable", true));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.report().failure()).startsWith("could not connect to 127.0.0.1");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void an_http_error_is_a_failure_that_changes_nothing() {
        var before = everything();

        var result = importer.importUrl(url("/error"), new FeedOptions("http-error", true));

        assertThat(result.report().failure()).isEqualTo("127.0.0.1 answered HTTP 500 instead of the feed");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void only_http_and_https_are_fetched() {
        var result = importer.importUrl(URI.create("file:///etc/passwd"), new FeedOptions("file-scheme", false));

        assertThat(result.report().failure()).isEqualTo("only http and https feeds can be fetched, not file:///etc/passwd");
    }

    @Test
    void a_download_stops_at_the_size_limit() {
        var before = everything();

        try (var limited = importer(DataSize.ofMegabytes(1), Duration.ofMinutes(1))) {
            var result = limited.importUrl(url("/endless"), new FeedOptions("endless", true));

            assertThat(result.report().failure()).isEqualTo("the feed is larger than the limit of 1 MB");
        }
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void a_server_that_stops_sending_is_given_up_on_at_the_deadline() {
        try (var impatient = importer(DataSize.ofMegabytes(1), Duration.ofSeconds(1))) {
            var started = System.nanoTime();

            var result = impatient.importUrl(url("/stalls"), new FeedOptions("stalls", true));

            assertThat(result.report().failure()).isEqualTo("the download took longer than 1 s");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the deadline, not the server, ended it")
                    .isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void dropped_files_are_imported_and_moved_with_their_report(@TempDir Path folder) throws Exception {
        var good = Files.copy(BrokenFeedsTest.resource("valid/three-postings.json"), folder.resolve("dropped.2025-03-01.json"));
        var bad = Files.copy(BrokenFeedsTest.corpus("html-error-page.html"), folder.resolve("dropbad.json"));
        var fresh = Files.copy(BrokenFeedsTest.resource("valid/three-postings.json"), folder.resolve("dropfresh.json"));
        var partial = Files.writeString(folder.resolve("dropnext.json.part"), "[");
        Files.setLastModifiedTime(good, hoursAgo(2));
        Files.setLastModifiedTime(bad, hoursAgo(1));
        Files.setLastModifiedTime(partial, hoursAgo(1));
        var drop = new DropFolderImports(importer, settings(new VacancyFeedSettings.DropFolder(folder,
                Duration.ofMinutes(5), Duration.ofMinutes(10), false), List.of()), clock);

        var results = drop.importIfDue();

        assertThat(results).as("oldest first").extracting(result -> result.report().source(), FeedImport::succeeded)
                .containsExactly(tuple("dropped", true),
                        tuple("dropbad", false));
        assertThat(count("dropped")).isEqualTo(3);
        assertThat(folder.resolve("done/dropped.2025-03-01.json")).exists();
        assertThat(folder.resolve("done/dropped.2025-03-01.json.report.txt")).content()
                .startsWith("Import of dropped: 3 records, 3 added");
        assertThat(folder.resolve("failed/dropbad.json.report.txt")).content()
                .startsWith("Import of dropbad FAILED, nothing was changed: not JSON");
        assertThat(fresh).as("still being written, perhaps").exists();
        assertThat(partial).as("a .part file is never taken").exists();
        assertThat(drop.importIfDue()).as("not due again within the interval").isEmpty();
    }

    @Test
    void an_unconfigured_drop_folder_and_no_url_feeds_do_nothing() {
        var settings = VacancyFeedSettings.defaults();

        assertThat(new DropFolderImports(importer, settings, clock).importIfDue()).isEmpty();
        assertThat(new UrlFeedPolling(importer, settings, clock).pollDue()).isEmpty();
    }

    @Test
    void url_feeds_are_fetched_when_due() {
        var polling = new UrlFeedPolling(importer, settings(VacancyFeedSettings.DropFolder.NONE,
                List.of(new VacancyFeedSettings.UrlFeed("polled", url("/feed.json"), Duration.ofHours(1), true))),
                clock);

        var first = polling.pollDue();
        var second = polling.pollDue();

        assertThat(first).extracting(FeedImport::report).extracting(ImportReport::source, ImportReport::added)
                .containsExactly(tuple("polled", 3));
        assertThat(second).as("an hour has not passed").isEmpty();
    }

    // --- helpers

    private FeedImporter importer(DataSize maxSize, Duration downloadTimeout) {
        var settings = new VacancyFeedSettings(maxSize, 1000, Duration.ofSeconds(2), downloadTimeout,
                VacancyFeedSettings.DropFolder.NONE, List.of(), Duration.ofDays(60));
        return new FeedImporter(store, occupations, places, settings, clock);
    }

    private static VacancyFeedSettings settings(VacancyFeedSettings.DropFolder drop, List<VacancyFeedSettings.UrlFeed> urls) {
        var defaults = VacancyFeedSettings.defaults();
        return new VacancyFeedSettings(defaults.maxSize(), defaults.maxRecords(), defaults.connectTimeout(),
                defaults.downloadTimeout(), drop, urls, defaults.defaultValidity());
    }

    private static FileTime hoursAgo(int hours) {
        return FileTime.from(Instant.now().minus(Duration.ofHours(hours)));
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private long count(String source) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vacancy WHERE source = ?", Long.class, source);
    }

    private Map<String, Object> everything() {
        return Map.of("vacancies", jdbc.queryForList("SELECT * FROM vacancy ORDER BY id"),
                "sequence", store.latestSequence());
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
