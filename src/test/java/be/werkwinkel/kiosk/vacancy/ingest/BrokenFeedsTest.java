package be.werkwinkel.kiosk.vacancy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.vacancy.ImportReport;
import be.werkwinkel.kiosk.vacancy.ImportReport.RecordError;
import be.werkwinkel.kiosk.vacancy.VacancyImport.FeedOptions;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The corpus in {@code src/test/resources/feeds/broken}: each broken feed gives the right failure
 * or record errors, and a feed that fails as a whole leaves the database exactly as it was.
 */
@KioskTest
class BrokenFeedsTest {

    static final String SOURCE = "corpus";

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

    /**
     * Before each test the source holds v-1 under an old title and v-9, which no corpus feed holds:
     * a broken feed applied even partly would change v-1 or, being complete, remove v-9.
     */
    @BeforeEach
    void a_known_state() {
        var baseline = "[" + FeedReading.posting("identifier", "v-1", "title", "Oude titel", "datePosted", "2025-01-01",
                "validThrough", "2099-12-31")
                + "," + FeedReading.posting("identifier", "v-9", "datePosted", "2025-01-01", "validThrough", "2099-12-31") + "]";
        var result = importer.importStream(stream(baseline), "baseline", new FeedOptions(SOURCE, true));
        assertThat(result.succeeded()).as(result.report().summary()).isTrue();
        assertThat(identifiers()).containsExactly("v-1", "v-9");
    }

    @ParameterizedTest(name = "{0} fails: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated-array.json        | the feed ends in the middle of a value (truncated?) at line 50
            invalid-utf8.json           | the feed is not valid UTF-8 text
            not-json.txt                | not JSON: the feed starts with 'D' where a JSON object '{' or array '[' should start
            html-error-page.html        | not JSON: the feed starts with '<', like an HTML or XML page
            empty.json                  | the feed is empty
            deeply-nested.json          | the feed is nested too deeply or holds a value that is too long
            """)
    void a_feed_that_cannot_be_read_as_a_whole_changes_nothing(String file, String reason) throws Exception {
        var before = database();

        var result = importer.importFile(corpus(file), new FeedOptions(SOURCE, true));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.report().failure()).startsWith(reason);
        assertThat(result.changed()).isEmpty();
        assertThat(result.removed()).isEmpty();
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void a_truncated_feed_fails_even_after_whole_batches_were_written() {
        var records = IntStream.rangeClosed(1, 1200)
                .mapToObj(i -> FeedReading.posting("identifier", "v-" + i, "datePosted", "2025-02-01",
                        "validThrough", "2099-12-31"))
                .collect(Collectors.joining(",\n", "[", ""));
        var truncated = records.substring(0, records.length() - 30);
        var before = database();

        var result = importer.importStream(stream(truncated), "truncated", new FeedOptions(SOURCE, true));

        assertThat(result.report().failure()).startsWith("the feed ends in the middle");
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void a_truncated_last_ndjson_line_is_a_record_error_and_then_nothing_is_removed() throws Exception {
        var result = importer.importFile(corpus("truncated-last-line.ndjson"), new FeedOptions(SOURCE, true));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.report()).extracting(ImportReport::records, ImportReport::added, ImportReport::updated,
                ImportReport::removed, ImportReport::rejected).containsExactly(3, 1, 1, 0, 1);
        assertThat(result.report().errors()).extracting(RecordError::position).containsExactly("line 3");
        assertThat(result.report().notes()).singleElement().asString().contains("were kept rather than removed");
        assertThat(result.report().errors().getFirst().reason()).startsWith("not valid JSON");
        assertThat(identifiers()).containsExactly("v-1", "v-2", "v-9");
    }

    @Test
    void wrong_types_reject_a_record_only_where_a_vacancy_needs_the_field_and_elsewhere_warn() throws Exception {
        var result = importer.importFile(corpus("wrong-types.json"), new FeedOptions(SOURCE, false));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.report().records()).isEqualTo(11);
        assertThat(result.report().added()).as("v-5 to v-8, each without its bad field").isEqualTo(4);
        assertThat(result.report().updated()).as("v-1, and v-9 without its link").isEqualTo(2);
        assertThat(result.report().errors())
                .extracting(RecordError::position, RecordError::identifier, RecordError::reason)
                .containsExactly(
                        tuple("record 2", null, "identifier: expected text or a whole number, got true"),
                        tuple("record 3", "v-3", "title: expected text, got an object"),
                        tuple("record 4", "v-4", "datePosted '20250201' is not a date"),
                        tuple("record 10", null, "not a JSON object but a text"),
                        tuple("record 11", "v-11", "not a JobPosting (@type [Organization])"));
        assertThat(result.report().warnings())
                .extracting(RecordError::position, RecordError::identifier, RecordError::reason)
                .containsExactly(
                        tuple("record 5", "v-5", "employmentType: expected text, got an object; left out"),
                        tuple("record 6", "v-6", "geo latitude 'noord' is not a number; left out"),
                        tuple("record 7", "v-7", "baseSalary: expected an amount, got a list of 1; left out"),
                        tuple("record 8", "v-8", "directApply: expected true or false, got the text 'misschien'; left out"),
                        tuple("record 9", "v-9", "url 'javascript:alert(document.cookie)' is not an http(s) address; "
                                + "left out"));
        assertThat(jdbc.queryForObject("SELECT url FROM vacancy WHERE source = ? AND identifier = 'v-9'",
                String.class, SOURCE)).as("the link never gets in").isNull();
    }

    @Test
    void a_duplicate_identifier_rejects_the_later_record() throws Exception {
        var result = importer.importFile(corpus("duplicate-identifiers.json"), new FeedOptions(SOURCE, false));

        assertThat(result.report().errors()).extracting(RecordError::position, RecordError::identifier,
                RecordError::reason).containsExactly(tuple("record 3", "v-1", "duplicate identifier, first seen at record 1"));
        assertThat(jdbc.queryForObject("SELECT title FROM vacancy WHERE source = ? AND identifier = 'v-1'",
                String.class, SOURCE)).as("the first v-1 counts").isEqualTo("Magazijnier 1 (m/v/x)");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read(@TempDir Path folder) throws Exception {
        var huge = folder.resolve("huge.json");
        Files.writeString(huge, "[" + String.join(",",
                Collections.nCopies(8000, FeedReading.posting("validThrough", "2099-12-31"))) + "]");
        assertThat(Files.size(huge)).isGreaterThan(DataSize.ofMegabytes(1).toBytes());
        var before = database();

        try (var limited = importer(DataSize.ofMegabytes(1), 250_000); var in = Files.newInputStream(huge)) {
            var fromFile = limited.importFile(huge, new FeedOptions(SOURCE, true));
            var fromStream = limited.importStream(in, "huge", new FeedOptions(SOURCE, true));

            assertThat(fromFile.report().failure()).isEqualTo("the feed is larger than the limit of 1 MB");
            assertThat(fromStream.report().failure()).isEqualTo("the feed is larger than the limit of 1 MB");
        }
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void a_feed_with_more_records_than_allowed_is_refused() throws Exception {
        var before = database();

        try (var limited = importer(DataSize.ofMegabytes(1), 2)) {
            var result = limited.importFile(resource("valid/three-postings.json"), new FeedOptions(SOURCE, true));

            assertThat(result.report().failure()).isEqualTo("the feed holds more than 2 records, the limit");
        }
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void an_empty_complete_feed_is_refused_but_an_empty_partial_feed_is_fine() {
        var before = database();

        var complete = importer.importStream(stream("[]"), "empty", new FeedOptions(SOURCE, true));
        var partial = importer.importStream(stream("[]"), "empty", new FeedOptions(SOURCE, false));

        assertThat(complete.report().failure()).isEqualTo(
                "the complete feed holds no vacancies; importing it would remove all of corpus's vacancies");
        assertThat(partial.succeeded()).isTrue();
        assertThat(partial.report().records()).isZero();
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void two_json_documents_in_one_file_change_nothing_but_two_one_line_lists_are_ndjson() throws Exception {
        var before = database();
        var pretty = "[\n" + FeedReading.posting("identifier", "v-1", "validThrough", "2099-12-31") + "\n]\n[\n"
                + FeedReading.posting("identifier", "v-2", "validThrough", "2099-12-31") + "\n]\n";

        var twoDocuments = importer.importStream(stream(pretty), "two", new FeedOptions(SOURCE, true));

        assertThat(twoDocuments.report().failure()).isEqualTo("more JSON follows the end of the feed at line 4 "
                + "(two feeds in one file?)");
        assertThat(database()).isEqualTo(before);

        var lines = importer.importFile(corpus("two-documents.json"), new FeedOptions(SOURCE, false));
        assertThat(lines.report().failure()).isNull();
        assertThat(lines.report().records()).isEqualTo(2);
    }

    @Test
    void a_complete_feed_without_one_valid_record_is_refused() {
        var before = database();

        var result = importer.importStream(stream("[{\"@type\": \"JobPosting\", \"title\": \"zonder id\"}]"), "invalid",
                new FeedOptions(SOURCE, true));

        assertThat(result.report().failure()).startsWith("not one record of the complete feed is valid");
        assertThat(result.report().errors()).extracting(RecordError::reason).containsExactly("datePosted is missing");
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void a_failed_import_is_logged_in_the_database() throws Exception {
        importer.importFile(corpus("empty.json"), new FeedOptions(SOURCE, true));

        assertThat(jdbc.queryForObject("SELECT failure FROM vacancy_import WHERE source = ? ORDER BY id DESC LIMIT 1",
                String.class, SOURCE)).isEqualTo("the feed is empty");
    }

    // --- helpers

    /** Every vacancy row of every source, and the sequence: what "nothing changed" means. */
    private Map<String, Object> database() {
        return Map.of("vacancies", jdbc.queryForList("SELECT * FROM vacancy ORDER BY id"),
                "sequence", store.latestSequence());
    }

    private List<String> identifiers() {
        return jdbc.queryForList("SELECT identifier FROM vacancy WHERE source = ? ORDER BY identifier", String.class,
                SOURCE);
    }

    private FeedImporter importer(DataSize maxSize, int maxRecords) {
        return new FeedImporter(store, occupations, places, VacancyFeedSettings.defaults().withLimits(maxSize,
                maxRecords), clock);
    }

    static Path corpus(String file) throws URISyntaxException {
        return resource("broken/" + file);
    }

    static Path resource(String path) throws URISyntaxException {
        return Path.of(BrokenFeedsTest.class.getResource("/feeds/" + path).toURI());
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
