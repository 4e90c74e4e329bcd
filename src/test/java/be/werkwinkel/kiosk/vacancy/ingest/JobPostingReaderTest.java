package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.ABSENT;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.posting;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.read;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.groups.Tuple.tuple;

import be.werkwinkel.kiosk.vacancy.ImportReport.RecordError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feed shapes, record validation and whole-feed failures, without a database. */
class JobPostingReaderTest {

    @Test
    void a_single_object_is_one_record() {
        var collected = read(posting("identifier", "solo"));

        assertThat(collected.identifiers()).containsExactly("solo");
        assertThat(collected.summary.records()).isEqualTo(1);
    }

    @Test
    void a_pretty_printed_single_object_is_not_taken_for_ndjson() {
        var collected = read("""
                {
                  "@type": "JobPosting", "identifier": "pretty", "title": "Kok",
                  "datePosted": "2025-03-01"
                }
                """);

        assertThat(collected.identifiers()).containsExactly("pretty");
    }

    @Test
    void a_top_level_array_gives_a_record_per_element_numbered_from_one() {
        var collected = read("[" + posting("identifier", "a") + ", " + posting("identifier", "b", "title", ABSENT)
                + ", 42, " + posting("identifier", "c") + "]");

        assertThat(collected.identifiers()).containsExactly("a", "c");
        assertThat(collected.errors).extracting(RecordError::position, RecordError::identifier, RecordError::reason)
                .containsExactly(tuple("record 2", "b", "title is missing"),
                        tuple("record 3", null, "not a JSON object but a number"));
        assertThat(collected.summary.records()).isEqualTo(4);
    }

    @Test
    void a_graph_is_streamed_and_its_organisations_and_pages_are_not_records() {
        var collected = read("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Organization", "@id": "#org", "name": "Stad Gent"},
                  %s,
                  {"@type": "WebPage", "name": "Vacatures"},
                  %s
                ]}""".formatted(posting("identifier", "g1"), posting("identifier", "g2", "datePosted", "gisteren")));

        assertThat(collected.identifiers()).containsExactly("g1");
        assertThat(collected.errors).extracting(RecordError::position, RecordError::identifier)
                .containsExactly(tuple("record 4", "g2"));
        assertThat(collected.summary.records()).isEqualTo(2);
    }

    @Test
    void ndjson_gives_a_record_per_line_and_names_errors_by_line() {
        var collected = read("\n" + posting("identifier", "n1") + "\n\n" + posting("identifier", "n2", "title", "")
                + "\n" + posting("identifier", "n3") + "\n");

        assertThat(collected.identifiers()).containsExactly("n1", "n3");
        assertThat(collected.errors).extracting(RecordError::position, RecordError::identifier, RecordError::reason)
                .containsExactly(tuple("line 4", "n2", "title is missing"));
        assertThat(collected.summary.everyRecordIdentified()).isTrue();
    }

    @Test
    void a_broken_ndjson_line_is_a_record_error_and_the_rest_is_read() {
        var collected = read(posting("identifier", "n1") + "\n{\"identifier\": \"n2\", \"title\": \n"
                + posting("identifier", "n3") + "\r\n[1, 2]\n");

        assertThat(collected.identifiers()).containsExactly("n1", "n3");
        assertThat(collected.errors).extracting(RecordError::position).containsExactly("line 2", "line 4, item 1",
                "line 4, item 2");
        assertThat(collected.errors.getFirst().reason()).startsWith("not valid JSON");
        assertThat(collected.errors.getLast().reason()).isEqualTo("not a JSON object but the number 2");
        assertThat(collected.summary.everyRecordIdentified()).as("removal of missing vacancies allowed").isFalse();
    }

    @Test
    void an_ndjson_line_over_the_limit_is_a_record_error_and_the_lines_around_it_are_read_whole() {
        // lines longer than the reader's block, and one over the limit, must neither bleed into the next
        var description = "Koken in een grootkeuken. ".repeat(3_000);
        var collected = read(posting("identifier", "n1", "description", description) + "\r\n"
                + "{\"identifier\": \"" + "x".repeat(JobPostingReader.MAX_LINE_BYTES) + "\"}\n"
                + posting("identifier", "n3", "description", description));

        assertThat(collected.identifiers()).containsExactly("n1", "n3");
        assertThat(collected.errors).extracting(RecordError::position, RecordError::reason)
                .containsExactly(tuple("line 2", "longer than " + JobPostingReader.MAX_LINE_BYTES + " bytes"));
    }

    @Test
    void a_byte_order_mark_before_the_feed_is_ignored() {
        var collected = read("\uFEFF[" + posting() + "]");

        assertThat(collected.identifiers()).containsExactly("job-1");
    }

    @Test
    void objects_one_after_another_are_records_too() {
        var collected = read("""
                {"@type": "JobPosting", "identifier": "x1", "title": "Kok",
                 "datePosted": "2025-03-01"}
                {"@type": "JobPosting", "identifier": "x2", "title": "Kelner",
                 "datePosted": "2025-03-01"}""");

        assertThat(collected.identifiers()).containsExactly("x1", "x2");
    }

    // --- record validation

    @Test
    void a_record_without_identifier_url_or_title_is_rejected_without_one_and_forbids_removing_missing_vacancies() {
        var collected = read(posting("identifier", ABSENT, "title", ABSENT));

        assertThat(collected.errors).extracting(RecordError::identifier, RecordError::reason)
                .containsExactly(tuple(null, "identifier, url and title are missing"));
        assertThat(collected.summary.everyRecordIdentified()).isFalse();
        assertThat(collected.kept).isEmpty();
    }

    @Test
    void a_record_without_identifier_is_known_by_its_url_or_else_by_a_stable_hash() {
        var collected = read("[" + posting("identifier", ABSENT, "url", "https://jobs.example.org/12") + ","
                + posting("identifier", ABSENT, "hiringOrganization", "Bakkerij Peeters") + "]");
        var again = read("[" + posting("identifier", ABSENT, "hiringOrganization", "Bakkerij Peeters") + "]");
        var otherEmployer = read("[" + posting("identifier", ABSENT, "hiringOrganization", "Bakkerij Janssens") + "]");

        assertThat(collected.errors).isEmpty();
        assertThat(collected.identifiers().getFirst()).isEqualTo("https://jobs.example.org/12");
        assertThat(collected.identifiers().getLast()).startsWith("hash-").hasSize(45)
                .isEqualTo(again.identifiers().getFirst()).isNotEqualTo(otherEmployer.identifiers().getFirst());
        assertThat(collected.summary.byUrl()).isEqualTo(1);
        assertThat(collected.summary.byHash()).isEqualTo(1);
        assertThat(collected.summary.everyRecordIdentified()).isTrue();
        assertThat(collected.summary.notes(java.time.Period.ofDays(60))).contains(
                "1 postings had no identifier and are known by their url");
    }

    @Test
    void a_rejected_record_with_an_identifier_keeps_its_stored_vacancy() {
        var collected = read(posting("identifier", "keep-me", "title", ABSENT));

        assertThat(collected.kept).containsExactly("keep-me");
        assertThat(collected.summary.everyRecordIdentified()).isTrue();
    }

    @Test
    void something_other_than_a_job_posting_is_rejected() {
        assertThat(rejection(posting("@type", "Organization"))).isEqualTo("not a JobPosting (@type [Organization])");
        assertThat(rejection(posting("@type", ABSENT))).isEqualTo("not a JobPosting (@type missing)");
    }

    @Test
    void the_job_posting_type_may_be_prefixed_or_one_of_several() {
        assertThat(read(posting("@type", "schema:JobPosting")).accepted).hasSize(1);
        assertThat(read(posting("@type", List.of("Thing", "https://schema.org/JobPosting"))).accepted).hasSize(1);
    }

    @Test
    void dates_are_checked() {
        assertThat(rejection(posting("datePosted", ABSENT))).isEqualTo("datePosted is missing");
        assertThat(rejection(posting("datePosted", "1 maart"))).isEqualTo("datePosted '1 maart' is not a date");
        assertThat(rejection(posting("datePosted", "2025-03-12"))).isEqualTo("datePosted 2025-03-12 is in the future");
        assertThat(read(posting("datePosted", "2025-03-11")).accepted).as("tomorrow is within a day").hasSize(1);
        assertThat(rejection(posting("datePosted", "1999-12-31"))).isEqualTo("datePosted 1999-12-31 is before 2000-01-01");
        assertThat(rejection(posting("datePosted", "2025-03-11", "validThrough", "2025-03-10")))
                .isEqualTo("validThrough 2025-03-10 is before datePosted 2025-03-11");
    }

    @Test
    void an_expired_posting_is_withdrawn_not_rejected() {
        var collected = read(posting("identifier", "old", "validThrough", "2025-03-09"));

        assertThat(collected.withdrawn).containsExactly("old");
        assertThat(collected.accepted).isEmpty();
        assertThat(collected.errors).isEmpty();
    }

    @Test
    void absurd_sizes_are_rejected() {
        assertThat(rejection(posting("title", "x".repeat(301)))).isEqualTo("title is longer than 300 characters (301)");
        assertThat(rejection(posting("description", "y".repeat(100_001))))
                .isEqualTo("description is longer than 100000 characters (100001)");
        assertThat(rejection(posting("identifier", "z".repeat(201)))).isEqualTo("identifier is longer than 200 characters");
        assertThat(read(posting("title", "x".repeat(300))).accepted).hasSize(1);
    }

    @Test
    void a_link_that_is_not_http_never_gets_through_but_the_posting_does() {
        assertThat(FeedReading.warning(posting("url", "javascript:alert(1)")))
                .isEqualTo("url 'javascript:alert(1)' is not an http(s) address; left out");
        assertThat(FeedReading.warning(posting("url", "JavaScript:alert(1)"))).contains("is not an http(s) address");
        assertThat(FeedReading.warning(posting("url", "data:text/html,<script>alert(1)</script>")))
                .isEqualTo("url 'data:text/html,<script>alert(1)</script>' is not an http(s) address; left out");
        assertThat(FeedReading.warning(posting("url", "/vacatures/12")))
                .isEqualTo("url '/vacatures/12' is relative, not a full http(s) address; left out");
        assertThat(FeedReading.warning(posting("applicationContact", Map.of("url", "javascript:void(0)"))))
                .isEqualTo("applicationContact url 'javascript:void(0)' is not an http(s) address; left out");
        assertThat(FeedReading.vacancy(posting("url", "javascript:alert(1)")).url()).isNull();
    }

    @Test
    void coordinates_outside_belgium_are_dropped_for_the_postcodes_own() {
        var vacancy = FeedReading.vacancy(posting("jobLocation", Map.of(
                "address", Map.of("postalCode", "9000"),
                "geo", Map.of("latitude", 40.7, "longitude", -74.0))));

        assertThat(vacancy.location().latitude()).isEqualTo(51.0543, offset(0.05));
        assertThat(vacancy.location().longitude()).isEqualTo(3.7174, offset(0.05));
    }

    @Test
    void an_identifier_seen_twice_rejects_the_second_record() {
        var collected = read("[" + posting("identifier", "d") + "," + posting("identifier", "e") + ","
                + posting("identifier", "d", "title", "Andere") + "]");

        assertThat(collected.identifiers()).containsExactly("d", "e");
        assertThat(collected.errors).extracting(RecordError::position, RecordError::identifier, RecordError::reason)
                .containsExactly(tuple("record 3", "d", "duplicate identifier, first seen at record 1"));
        assertThat(collected.kept).as("the first record stands for it").isEmpty();
    }

    // --- whole-feed failures

    @Test
    void a_feed_that_is_not_json_fails_as_a_whole() {
        assertThatThrownBy(() -> read("Vacature: kok")).isInstanceOf(FeedUnreadableException.class)
                .hasMessage("not JSON: the feed starts with 'V' where a JSON object '{' or array '[' should start");
        assertThatThrownBy(() -> read("<html><body>502</body></html>")).hasMessageStartingWith(
                "not JSON: the feed starts with '<'");
        assertThatThrownBy(() -> read(" \n\t ")).hasMessage("the feed is empty");
    }

    @Test
    void a_truncated_array_fails_even_after_valid_records() {
        var feed = "[" + posting("identifier", "a") + ", " + posting("identifier", "b").substring(0, 40);

        assertThatThrownBy(() -> read(feed)).isInstanceOf(FeedUnreadableException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void content_after_the_end_of_the_feed_fails_it() {
        assertThatThrownBy(() -> read("[" + posting() + "] [" + posting() + "]"))
                .hasMessageStartingWith("more JSON follows the end of the feed");
        assertThatThrownBy(() -> read("[" + posting() + "] garbage")).hasMessageStartingWith("not valid JSON at line 1");
    }

    @Test
    void invalid_utf8_fails_the_feed() throws Exception {
        var text = "[" + posting("identifier", "u1") + ", " + posting("identifier", "u2", "title", "Caf@") + "]";
        var parts = text.split("@", 2);
        var bytes = new ByteArrayOutputStream();
        bytes.write(parts[0].getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, 0x28}); // a lead byte without its continuation byte
        bytes.write(parts[1].getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(new ByteArrayInputStream(bytes.toByteArray())))
                .hasMessage("the feed is not valid UTF-8 text (save or send it as UTF-8)");
    }

    @Test
    void a_feed_larger_than_the_limit_fails_while_it_is_read() {
        var endless = endlessArray();

        assertThatThrownBy(() -> FeedReading.read(FeedReading.reader(50_000, 1000), endless))
                .hasMessage("the feed is larger than the limit of 50000 bytes");
    }

    @Test
    void a_feed_with_more_records_than_the_limit_fails() {
        var feed = "[" + String.join(",", Collections.nCopies(4, posting())) + "]";

        assertThatThrownBy(() -> FeedReading.read(FeedReading.reader(1_000_000, 3),
                new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("the feed holds more than 3 records, the limit");
    }

    @Test
    void deeply_nested_json_fails_the_feed_without_exhausting_the_stack() {
        var feed = "[{\"identifier\": \"deep\", \"description\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}]";

        assertThatThrownBy(() -> read(feed)).hasMessageStartingWith("the feed is nested too deeply");
    }

    @Test
    void deeply_nested_json_on_an_ndjson_line_only_rejects_that_line() {
        var collected = read(posting("identifier", "ok") + "\n{\"a\": " + "[".repeat(1000) + "]".repeat(1000) + "}\n"
                + posting("identifier", "ok2") + "\n");

        assertThat(collected.identifiers()).containsExactly("ok", "ok2");
        assertThat(collected.errors).extracting(RecordError::position).containsExactly("line 2");
    }

    /** An array of postings that never ends, produced as it is read. */
    private static InputStream endlessArray() {
        var record = ("," + posting()).getBytes(StandardCharsets.UTF_8);
        var start = new ByteArrayInputStream("[".concat(posting()).getBytes(StandardCharsets.UTF_8));
        var more = new Enumeration<InputStream>() {
            @Override
            public boolean hasMoreElements() {
                return true;
            }

            @Override
            public InputStream nextElement() {
                return new ByteArrayInputStream(record);
            }
        };
        return new SequenceInputStream(start, new SequenceInputStream(more));
    }
}
