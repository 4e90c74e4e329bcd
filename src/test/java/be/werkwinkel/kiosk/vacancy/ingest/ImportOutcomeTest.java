package be.werkwinkel.kiosk.vacancy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.vacancy.VacancyImport.FeedOptions;
import be.werkwinkel.kiosk.vacancy.store.FeedTally;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an import reports and keeps: expired postings counted, warnings listed, and its outcome
 * kept by request id with the commit, for a staff command that lost the answer.
 */
@KioskTest
class ImportOutcomeTest {

    @Autowired
    FeedImporter importer;

    @Autowired
    VacancyStore store;

    @Autowired
    Clock clock;

    private String posting(String identifier, LocalDate validThrough, String extra) {
        return "{\"@type\": \"JobPosting\", \"identifier\": \"" + identifier + "\", \"title\": \"Kok\", "
                + "\"datePosted\": \"" + LocalDate.now(clock).minusDays(30) + "\", \"validThrough\": \"" + validThrough
                + "\"" + extra + "}\n";
    }

    private static ByteArrayInputStream feed(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void expired_postings_are_counted_in_the_report_not_dropped_without_a_word() {
        var today = LocalDate.now(clock);
        var text = posting("o1", today.plusDays(5), "") + posting("e1", today.minusDays(1), "")
                + posting("e2", today.minusDays(2), "") + posting("e3", today.minusDays(3), "")
                + posting("w1", today.plusDays(5), ", \"baseSalary\": \"Negotiable\"");

        var report = importer.importStream(feed(text), "test", new FeedOptions("outcome-expired", false)).report();

        assertThat(report.succeeded()).isTrue();
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.expired()).isEqualTo(3);
        assertThat(report.summary()).contains("2 added", "3 expired, not imported", "Imported with a warning: 1",
                "warning: line 5 [w1]: baseSalary 'Negotiable' is not an amount; left out");
    }

    @Test
    void the_outcome_of_an_import_is_kept_by_its_request_id() {
        var requestId = UUID.randomUUID().toString();
        var today = LocalDate.now(clock);

        var report = importer.importStream(feed(posting("r1", today.plusDays(5), "")), "test",
                new FeedOptions("outcome-kept", false, requestId)).report();

        assertThat(importer.outcome(requestId)).contains(report.summary());
        assertThat(importer.outcome(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void a_failed_import_keeps_its_failure_by_request_id() {
        var requestId = UUID.randomUUID().toString();

        importer.importStream(feed("<html>"), "test", new FeedOptions("outcome-failed", false, requestId));

        assertThat(importer.outcome(requestId)).hasValueSatisfying(outcome -> assertThat(outcome)
                .startsWith("Import of outcome-failed FAILED, nothing was changed: not JSON"));
    }

    @Test
    void a_commit_whose_report_was_never_written_is_still_reported_as_committed() {
        var requestId = UUID.randomUUID().toString();

        store.apply("outcome-crash", false, requestId, sink -> new FeedTally(0, 0, true));

        assertThat(importer.outcome(requestId)).hasValueSatisfying(outcome -> assertThat(outcome)
                .startsWith("Import of outcome-crash was committed: 0 records"));
    }
}
