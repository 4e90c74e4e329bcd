package be.werkwinkel.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff commands {@code import} and {@code reindex}, with and without a running kiosk. */
class KioskCommandLineTest {

    static final Path FEED = Path.of("src/test/resources/feeds/ui-test-feed.ndjson");
    static final Path NOT_JSON = Path.of("src/test/resources/feeds/broken/not-json.txt");

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new KioskCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void without_a_running_kiosk_the_command_imports_in_its_own_process_and_prints_the_report() {
        var dataDir = "--kiosk.data-dir=target/test-data/cli-" + ThreadLocalRandom.current().nextInt(1_000_000);

        var imported = run("import", FEED.toString(), "--source=cli", "--complete", "--spring.profiles.active=test", dataDir);

        assertThat(imported).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed()).contains("Import of cli: 12 records, 11 added", "0 rejected");

        out.reset();
        assertThat(run("reindex", "--spring.profiles.active=test", dataDir)).isZero();
        assertThat(printed()).contains("Index rebuilt: 11 vacancies.");

        out.reset();
        assertThat(run("import", NOT_JSON.toString(), "--spring.profiles.active=test", dataDir)).isEqualTo(1);
        assertThat(printed()).contains("Import of not-json FAILED, nothing was changed");
    }

    @Test
    void a_wrong_command_line_prints_the_usage() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(run("reindex", "extra")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: import <file-or-url>");
    }

    @Test
    void an_import_whose_answer_is_lost_asks_the_kiosk_for_its_outcome_and_reports_the_committed_work(
            @TempDir Path dataDir) throws Exception {
        var requestIds = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var asked = new java.util.concurrent.atomic.AtomicInteger();
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/local-admin/vacancies/import", exchange -> {
            exchange.getRequestBody().readAllBytes();
            var query = exchange.getRequestURI().getQuery();
            requestIds.add(query.substring(query.indexOf("requestId=") + "requestId=".length()));
            exchange.close(); // the kiosk committed, then the answer was lost (a crash, a timeout)
        });
        server.createContext("/local-admin/vacancies/imports/", exchange -> {
            var id = exchange.getRequestURI().getPath().substring("/local-admin/vacancies/imports/".length());
            var known = requestIds.contains(id) && asked.incrementAndGet() > 1; // the first question comes too early
            var body = (known ? "Import of fake: 1 records, 1 added, 0 updated, 0 unchanged, 0 removed, 0 rejected\n"
                    : "No import with this id has committed or failed (yet).\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Files.writeString(dataDir.resolve(LocalAdminAccess.FILE_NAME), "url=http://127.0.0.1:"
                    + server.getAddress().getPort() + "\ntoken=" + "a".repeat(64) + "\n");
            var commandLine = new KioskCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Duration.ofSeconds(30), Duration.ofSeconds(30));

            var exit = commandLine.run(new String[] {"import", FEED.toString(), "--source=fake",
                    "--kiosk.data-dir=" + dataDir});

            assertThat(exit).isZero();
            assertThat(requestIds).hasSize(1);
            assertThat(printed()).isEqualTo("Import of fake: 1 records, 1 added, 0 updated, 0 unchanged, 0 removed, "
                    + "0 rejected\n");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("asking the kiosk what happened to import "
                    + requestIds.getFirst()).doesNotContain("did not answer");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_source_defaults_to_the_file_name_or_the_host() {
        assertThat(KioskCommandLine.defaultSource("/feeds/vdab.2026-11-22.json")).isEqualTo("vdab");
        assertThat(KioskCommandLine.defaultSource("https://jobs.example.org/feed.ndjson")).isEqualTo("jobs.example.org");
    }

    /** With a kiosk running on the data directory, the command goes to it over loopback. */
    @Nested
    @BrowserJourney
    class WithARunningKiosk {

        @LocalServerPort
        int port;

        @Autowired
        KioskSettings settings;

        @Autowired
        VacancyImport imports;

        @Autowired
        VacancyStore store;

        /** Other journeys share this application and count its vacancies: the import under "outcome" goes again. */
        @AfterEach
        void removeTheOutcomeImport() {
            if (!store.removeSource("outcome").removed().isEmpty()) {
                imports.rebuildIndex();
            }
        }

        @Test
        void the_command_is_handled_by_the_running_kiosk() {
            TestVacancies.load(imports);
            var dataDir = "--kiosk.data-dir=" + settings.dataDir();

            assertThat(run("reindex", dataDir)).isZero();
            assertThat(printed()).contains("Index rebuilt: 11 vacancies.");

            out.reset();
            assertThat(run("import", NOT_JSON.toString(), dataDir)).isEqualTo(1);
            assertThat(printed()).contains("Import of not-json FAILED, nothing was changed: not JSON");
        }

        @Test
        void the_running_kiosk_answers_for_the_outcome_of_an_import_by_its_request_id() throws Exception {
            var access = new Properties();
            try (var in = Files.newInputStream(settings.dataDir().resolve(LocalAdminAccess.FILE_NAME))) {
                access.load(in);
            }
            var base = access.getProperty("url") + "/local-admin/vacancies/";
            var token = access.getProperty("token");
            var requestId = java.util.UUID.randomUUID().toString();
            try (var http = HttpClient.newHttpClient()) {
                var before = http.send(HttpRequest.newBuilder(URI.create(base + "imports/" + requestId))
                        .header(LocalAdminAccess.TOKEN_HEADER, token).GET().build(), HttpResponse.BodyHandlers.ofString());
                var imported = http.send(HttpRequest.newBuilder(URI.create(base + "import?source=outcome&requestId="
                        + requestId)).header(LocalAdminAccess.TOKEN_HEADER, token)
                        .POST(HttpRequest.BodyPublishers.ofFile(FEED)).build(), HttpResponse.BodyHandlers.ofString());
                var after = http.send(HttpRequest.newBuilder(URI.create(base + "imports/" + requestId))
                        .header(LocalAdminAccess.TOKEN_HEADER, token).GET().build(), HttpResponse.BodyHandlers.ofString());
                var noToken = http.send(HttpRequest.newBuilder(URI.create(base + "imports/" + requestId)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(before.statusCode()).isEqualTo(404);
                assertThat(imported.statusCode()).isEqualTo(200);
                assertThat(after.statusCode()).isEqualTo(200);
                assertThat(after.body()).isEqualTo(imported.body()).startsWith("Import of outcome: 12 records");
                assertThat(noToken.statusCode()).isEqualTo(403);
            }
        }

        @Test
        void the_admin_endpoint_refuses_requests_without_the_token() throws Exception {
            var access = new Properties();
            try (var in = Files.newInputStream(settings.dataDir().resolve(LocalAdminAccess.FILE_NAME))) {
                access.load(in);
            }
            assertThat(access.getProperty("url")).isEqualTo("http://127.0.0.1:" + port);

            try (var http = HttpClient.newHttpClient()) {
                var noToken = http.send(HttpRequest.newBuilder(URI.create(access.getProperty("url")
                        + "/local-admin/vacancies/reindex")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                var wrongToken = http.send(HttpRequest.newBuilder(URI.create(access.getProperty("url")
                        + "/local-admin/vacancies/reindex")).header(LocalAdminAccess.TOKEN_HEADER, "0".repeat(64))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(noToken.statusCode()).isEqualTo(403);
                assertThat(wrongToken.statusCode()).isEqualTo(403);
            }
        }
    }
}
