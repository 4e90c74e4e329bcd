package be.werkwinkel.kiosk.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.vacancy.index.JobTitleThesaurus;
import be.werkwinkel.kiosk.vacancy.ingest.FeedImporter;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.vacancy.store.FeedTally;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A removal committed in the database but not yet in the index (the kiosk crashed in between) is
 * applied to the index at the next start, from the tombstone the removal left in the database.
 */
@KioskTest
class DurableRemovalTest {

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
    Path indexDirectory;

    @Test
    void a_removal_committed_just_before_a_crash_is_not_searchable_after_the_restart() throws IOException {
        try (var kiosk = start()) {
            kiosk.service().follow(importer.importStream(feed("WD-1", "Zeldzaamwoordkok", "WD-2", "Zeldzaamwoordkelner"),
                    "crash.ndjson", new VacancyImport.FeedOptions("crash", true)));
            assertThat(titles(kiosk.service(), "zeldzaamwoordkok")).containsExactly("Zeldzaamwoordkok");

            // the complete feed no longer has WD-1: the database commits the removal, then the
            // kiosk dies before the index hears of it (closing drops what the index did not commit)
            store.apply("crash", true, sink -> {
                sink.accept(stored("crash", "WD-2", "Zeldzaamwoordkelner"));
                return new FeedTally(1, 0, true);
            });
        }

        try (var restarted = start()) {
            restarted.service().catchUp();

            assertThat(titles(restarted.service(), "zeldzaamwoordkok")).isEmpty();
            assertThat(titles(restarted.service(), "zeldzaamwoordkelner")).containsExactly("Zeldzaamwoordkelner");
        }
    }

    @Test
    void an_expiry_and_a_removed_source_before_a_crash_are_applied_at_the_restart() throws IOException {
        try (var kiosk = start()) {
            kiosk.service().follow(importer.importStream(feed("EX-1", "Zeldzaamwoordbakker", "EX-2", "Zeldzaamwoordslager"),
                    "expiring.ndjson", new VacancyImport.FeedOptions("expiring", true)));
            kiosk.service().follow(importer.importStream(feed("GO-1", "Zeldzaamwoordschilder", "GO-2", "Zeldzaamwoordschilder"),
                    "going.ndjson", new VacancyImport.FeedOptions("going", true)));
            assertThat(titles(kiosk.service(), "zeldzaamwoordschilder")).hasSize(2);

            store.removeSource("going");
            store.expire(LocalDate.now(clock).plusYears(200)); // every dated vacancy has passed by then
        }

        try (var restarted = start()) {
            restarted.service().catchUp();

            assertThat(titles(restarted.service(), "zeldzaamwoordschilder")).isEmpty();
            assertThat(titles(restarted.service(), "zeldzaamwoordbakker")).isEmpty();
        }
    }

    private record Kiosk(VacancyService service, VacancyConfiguration.OpenIndex index) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            index.close();
        }
    }

    /** The vacancy service as the application wires it, on an index of this test's own. */
    private Kiosk start() throws IOException {
        var open = VacancyConfiguration.openIndex(indexDirectory, thesaurus, places, clock);
        return new Kiosk(new VacancyService(open, store, importer, places, clock), open);
    }

    private static List<String> titles(VacancySearch search, String text) {
        return search.search(VacancyQuery.all(20).withText(text)).hits().stream().map(hit -> hit.title().text()).toList();
    }

    private Vacancy stored(String source, String identifier, String title) {
        var posted = LocalDate.now(clock).minusDays(1);
        return new Vacancy(null, source, identifier, title, "<p>Een vacature voor een " + title + ".</p>",
                "Een vacature voor een " + title + ".", posted, LocalDate.now(clock).plusYears(1), Set.of(), Set.of(),
                "Werkgever", new Vacancy.Location("9000", "Gent", null, null, null), null, null, null, null, null, null,
                List.of(), null, null, "nl", null, false, null);
    }

    /** An NDJSON feed of two JobPostings, valid for a year. */
    private java.io.InputStream feed(String id1, String title1, String id2, String title2) {
        var until = LocalDate.now(clock).plusYears(1);
        var lines = Set.of(posting(id1, title1, until), posting(id2, title2, until));
        return new java.io.ByteArrayInputStream(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
