package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.vacancy.index.JobTitleThesaurus;
import be.werkwinkel.kiosk.vacancy.index.VacancyIndex;
import be.werkwinkel.kiosk.vacancy.ingest.FeedImporter;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A damaged index on disk, with the real database behind it: the kiosk starts anyway and rebuilds
 * it; a search that meets damage says "loading" (not an error) and the index is rebuilt by itself.
 */
@KioskTest
class IndexRecoveryTest {

    @Autowired
    VacancyStore store;

    @Autowired
    FeedImporter importer;

    @Autowired
    JobTitleThesaurus thesaurus;

    @Autowired
    BelgianPlaces places;

    @Autowired
    Clock clock;

    @TempDir
    Path path;

    @Test
    void the_kiosk_starts_on_a_truncated_segments_file_and_rebuilds_the_index_from_the_database() throws IOException {
        try (var kiosk = start(FSDirectory.open(path))) {
            load(kiosk.service(), "damaged-at-rest", "Zeldzaamwoordloodgieter");
        }
        var segments = Files.list(path).filter(file -> file.getFileName().toString().startsWith("segments_"))
                .findFirst().orElseThrow();
        truncate(segments, 10);

        try (var restarted = start(FSDirectory.open(path))) {
            assertThat(restarted.service().status().loading()).isTrue();
            assertThatThrownBy(() -> restarted.service().search(query("zeldzaamwoordloodgieter")))
                    .isInstanceOf(VacancySearch.VacanciesLoading.class);

            restarted.service().catchUp(); // what the start-up jobs do

            assertThat(titles(restarted.service(), "zeldzaamwoordloodgieter")).containsExactly("Zeldzaamwoordloodgieter");
            assertThat(restarted.service().status().loading()).isFalse();
        }
    }

    @Test
    void a_search_that_meets_damage_says_loading_and_the_index_rebuilds_by_itself() throws IOException {
        // NIOFS reads the files at each search (no memory map), so damage done while open is met by a read
        try (var kiosk = start(new NIOFSDirectory(path))) {
            load(kiosk.service(), "damaged-while-open", "Zeldzaamwoordstukadoor");
            try (var files = Files.list(path)) {
                for (var file : files.filter(file -> file.getFileName().toString().startsWith("_")).toList()) {
                    truncate(file, Math.min(Files.size(file), 20));
                }
            }

            assertThatThrownBy(() -> kiosk.service().search(query("zeldzaamwoordstukadoor")))
                    .isInstanceOf(VacancySearch.VacanciesLoading.class);

            var deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (kiosk.service().status().loading() && Instant.now().isBefore(deadline)) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            assertThat(kiosk.service().status().loading()).isFalse();
            assertThat(titles(kiosk.service(), "zeldzaamwoordstukadoor")).containsExactly("Zeldzaamwoordstukadoor");
        }
    }

    @Test
    void an_index_older_than_the_pruned_tombstones_is_rebuilt_not_caught_up() throws IOException {
        be.werkwinkel.kiosk.vacancy.VacancyId gone;
        try (var kiosk = start(FSDirectory.open(path))) {
            load(kiosk.service(), "pruned-while-away", "Zeldzaamwoordvoeger");
            gone = kiosk.service().search(query("zeldzaamwoordvoeger")).hits().getFirst().id();
        }
        // while this index is closed, the vacancy goes and so does the record of its removal
        store.removeSource("pruned-while-away");
        store.pruneTombstones(Instant.now().plusSeconds(3600));

        try (var restarted = start(FSDirectory.open(path))) {
            assertThat(restarted.service().find(gone)).as("still in the old index").isPresent();

            restarted.service().catchUp();

            assertThat(restarted.service().find(gone)).as("the removal it cannot learn from a tombstone").isEmpty();
            assertThat(restarted.index().index().committedSequence()).isEqualTo(store.latestSequence());
        }
    }

    private record Kiosk(VacancyService service, VacancyConfiguration.OpenIndex index) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            index.close();
        }
    }

    private Kiosk start(FSDirectory directory) {
        var open = new VacancyConfiguration.OpenIndex(new VacancyIndex(directory, thesaurus, places, clock), directory);
        return new Kiosk(new VacancyService(open, store, importer, places, clock), open);
    }

    private void load(VacancyService service, String source, String title) {
        var json = """
                {"@context":"https://schema.org","@type":"JobPosting","identifier":"%s-1","title":"%s",\
                "description":"Een vacature.","datePosted":"%s","validThrough":"%s",\
                "hiringOrganization":{"@type":"Organization","name":"Werkgever"},\
                "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","postalCode":"9000",\
                "addressLocality":"Gent","addressCountry":"BE"}}}""".formatted(source, title,
                LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusYears(1));
        var report = service.importStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source,
                new VacancyImport.FeedOptions(source, true));
        assertThat(report.failure()).isNull();
        service.catchUp();
        assertThat(titles(service, title.toLowerCase())).containsExactly(title);
    }

    private static VacancyQuery query(String text) {
        return VacancyQuery.all(20).withText(text);
    }

    private static List<String> titles(VacancySearch search, String text) {
        return search.search(query(text)).hits().stream().map(hit -> hit.title().text()).toList();
    }

    private static void truncate(Path file, long length) throws IOException {
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }
}
