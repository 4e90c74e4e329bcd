package be.werkwinkel.kiosk.vacancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.FailureKind;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.Source;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.SourceKind;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.Task;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.TaskKind;
import be.werkwinkel.kiosk.vacancy.VacancySettings;
import be.werkwinkel.kiosk.vacancy.demo.DemoVacancies;
import be.werkwinkel.kiosk.vacancy.ingest.DropFolderImports;
import be.werkwinkel.kiosk.vacancy.ingest.FeedImporter;
import be.werkwinkel.kiosk.vacancy.ingest.UrlFeedPolling;
import be.werkwinkel.kiosk.vacancy.ingest.VacancyFeedSettings;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The feeds as the staff console sees and drives them, on the real embedded MariaDB and the
 * kiosk's own index: a URL feed served over real HTTP by this test, a drop folder of its own.
 */
@KioskTest
class VacancyFeedsTest {

    @Autowired
    VacancyService vacancies;
    @Autowired
    VacancyStore store;
    @Autowired
    FeedImporter importer;
    @Autowired
    DemoVacancies demo;
    @Autowired
    VacancySettings settings;
    @Autowired
    StaffAuditLog audit;
    @Autowired
    Clock clock;

    @TempDir
    Path dropFolder;

    HttpServer server;
    /** What the test's feed server answers: 200 with {@link #body}, or this status. */
    final AtomicInteger status = new AtomicInteger(200);
    volatile String body = "";
    volatile CountDownLatch hold = new CountDownLatch(0);
    String feedName;
    VacancyFeedsService feeds;

    @BeforeEach
    void startFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.ndjson", exchange -> {
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), status.get() == 200 ? bytes.length : -1);
            if (status.get() == 200) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        feedName = "feed-" + UUID.randomUUID().toString().substring(0, 8);
        var url = URI.create("http://user:secret@127.0.0.1:" + server.getAddress().getPort() + "/feed.ndjson?key=geheim");
        var feedSettings = new VacancyFeedSettings(VacancyFeedSettings.defaults().maxSize(), 250_000,
                Duration.ofSeconds(5), Duration.ofSeconds(30),
                new VacancyFeedSettings.DropFolder(dropFolder, Duration.ofMinutes(1), Duration.ZERO, false),
                List.of(new VacancyFeedSettings.UrlFeed(feedName, url, Duration.ofHours(1), false)),
                Duration.ofDays(60));
        feeds = new VacancyFeedsService(vacancies, store, importer, new UrlFeedPolling(importer, feedSettings, clock),
                new DropFolderImports(importer, feedSettings, clock), demo, settings, audit, clock);
    }

    @AfterEach
    void stop() {
        hold.countDown();
        server.stop(0);
        feeds.destroy();
    }

    @Test
    void a_url_feed_fetched_now_shows_what_it_did_and_the_audit_log_says_who_asked() {
        body = feed("A", "Zeldzaamwoordbloemist", "B", "Zeldzaamwoordimker") + "\n{\"@type\":\"JobPosting\",\"title\":";

        var started = feeds.importNow(feedName, "anna");

        assertThat(started.alreadyRunning()).isFalse();
        var task = finished(started.task());
        assertThat(task.succeeded()).isTrue();
        assertThat(task.imports()).singleElement().satisfies(done -> {
            assertThat(done.added()).isEqualTo(2);
            assertThat(done.rejected()).isEqualTo(1);
        });
        var source = source(feedName);
        assertThat(source.kind()).isEqualTo(SourceKind.URL);
        assertThat(source.address()).as("no user, password or key")
                .isEqualTo("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.ndjson");
        assertThat(source.vacancies()).isEqualTo(2);
        assertThat(source.importable()).isTrue();
        assertThat(source.lastImport()).isNotNull().satisfies(last -> {
            assertThat(last.succeeded()).isTrue();
            assertThat(last.records()).isEqualTo(3);
            assertThat(last.added()).isEqualTo(2);
            assertThat(last.rejected()).isEqualTo(1);
            assertThat(last.report()).as("kept for every import, not only a command's").contains("line 3");
        });
        assertThat(source.lastSuccess()).isEqualTo(source.lastImport().finished());
        assertThat(audit.search("source " + feedName, null, null)).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("anna");
            assertThat(line.action()).isEqualTo(VacancyFeedsService.IMPORT_ACTION);
            assertThat(line.result()).isEqualTo(StaffAudit.Result.DONE);
            assertThat(line.detail()).isEqualTo(feedName + ": 2 added, 0 updated, 0 removed, 1 rejected");
        });
    }

    @Test
    void a_feed_that_cannot_be_fetched_says_why_and_its_vacancies_stay() {
        body = feed("A", "Zeldzaamwoordbloemist", "B", "Zeldzaamwoordimker");
        finished(feeds.importNow(feedName, "anna").task());
        var good = source(feedName).lastImport();
        assertThat(good).isNotNull();
        status.set(503);

        var task = finished(feeds.importNow(feedName, "anna").task());

        assertThat(task.succeeded()).isFalse();
        var source = source(feedName);
        assertThat(source.lastImport()).isNotNull().satisfies(last -> {
            assertThat(last.failureKind()).isEqualTo(FailureKind.DOWNLOAD);
            assertThat(last.failure()).contains("answered HTTP 503");
        });
        assertThat(source.lastSuccess()).as("the successful import before").isEqualTo(good.finished());
        assertThat(source.vacancies()).isEqualTo(2);
        assertThat(audit.search("source " + feedName, null, null)).anySatisfy(line -> {
            assertThat(line.result()).isEqualTo(StaffAudit.Result.FAILED);
            assertThat(line.detail()).isEqualTo(feedName + ": failed (DOWNLOAD)");
        });
    }

    @Test
    void a_broken_file_in_the_drop_folder_is_no_readable_feed_and_lands_in_failed() throws IOException {
        var name = "drop" + UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
        var file = Files.writeString(dropFolder.resolve(name + ".2026-12-02.json"), "<html>Service unavailable</html>");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(clock.instant().minusSeconds(60)));
        assertThat(feeds.overview().dropFolder()).isNotNull()
                .satisfies(folder -> assertThat(folder.waitingFiles()).isEqualTo(1));

        var task = finished(feeds.importNow(VacancyFeeds.DROP_FOLDER, "anna").task());

        assertThat(task.imports()).singleElement().satisfies(done -> {
            assertThat(done.source()).isEqualTo(name);
            assertThat(done.failureKind()).isEqualTo(FailureKind.NOT_A_FEED);
        });
        var folder = feeds.overview().dropFolder();
        assertThat(folder).isNotNull();
        assertThat(folder.waitingFiles()).isZero();
        assertThat(folder.failedFiles()).isEqualTo(1);
        var source = source(name);
        assertThat(source.kind()).isEqualTo(SourceKind.FILES);
        assertThat(source.importable()).as("a file cannot be fetched again").isFalse();
        assertThat(source.lastImport()).isNotNull().satisfies(last ->
                assertThat(last.failureKind()).isEqualTo(FailureKind.NOT_A_FEED));
    }

    @Test
    void one_action_at_a_time_and_a_rebuild_counts_what_it_indexed() {
        body = feed("A", "Zeldzaamwoordbloemist", "B", "Zeldzaamwoordimker");
        hold = new CountDownLatch(1); // the feed server keeps the first import busy
        var importing = feeds.importNow(feedName, "anna");

        var bert = "bert-" + UUID.randomUUID().toString().substring(0, 8);
        var refused = feeds.rebuildIndex(bert);

        assertThat(refused.alreadyRunning()).isTrue();
        assertThat(refused.task().id()).isEqualTo(importing.task().id());
        assertThat(feeds.overview().running()).isTrue();
        assertThat(audit.search(bert, null, null)).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo(VacancyFeedsService.REINDEX_ACTION);
            assertThat(line.result()).isEqualTo(StaffAudit.Result.REFUSED);
        });
        hold.countDown();
        finished(importing.task());

        var rebuilt = finished(feeds.rebuildIndex(bert).task());

        assertThat(rebuilt.kind()).isEqualTo(TaskKind.REBUILD_INDEX);
        assertThat(rebuilt.succeeded()).isTrue();
        assertThat(rebuilt.indexed()).isEqualTo(vacancies.status().vacancies()).isEqualTo(store.count());
        assertThat(audit.search(bert, null, null)).anySatisfy(line -> {
            assertThat(line.result()).isEqualTo(StaffAudit.Result.DONE);
            assertThat(line.detail()).isEqualTo(rebuilt.indexed() + " vacancies indexed");
        });
    }

    @Test
    void a_source_that_came_by_command_has_nothing_to_fetch_from() {
        TestVacancies.load(vacancies);

        assertThat(source(TestVacancies.SOURCE).importable()).isFalse();
        assertThatThrownBy(() -> feeds.importNow(TestVacancies.SOURCE, "anna"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(feeds.overview().running()).isFalse();
    }

    private Source source(String name) {
        return feeds.overview().sources().stream().filter(source -> source.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Waits for the background action to end (a condition, never a fixed time). */
    private Task finished(Task started) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            var task = feeds.overview().task();
            if (task != null && task.id() == started.id() && task.finished() != null) {
                return task;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the action did not end within 60 s");
    }

    private String feed(String id1, String title1, String id2, String title2) {
        var until = LocalDate.now(clock).plusYears(1);
        return posting(feedName + id1, title1, until) + "\n" + posting(feedName + id2, title2, until);
    }

    private String posting(String identifier, String title, LocalDate until) {
        return """
                {"@context":"https://schema.org","@type":"JobPosting","identifier":"%s","title":"%s",\
                "description":"Een vacature voor een %s.","datePosted":"%s","validThrough":"%s",\
                "hiringOrganization":{"@type":"Organization","name":"Werkgever"},\
                "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","postalCode":"9000",\
                "addressLocality":"Gent","addressCountry":"BE"}}}""".formatted(identifier, title, title,
                LocalDate.now(clock).minusDays(1), until);
    }
}
