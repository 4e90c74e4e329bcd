package be.werkwinkel.kiosk.support;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.vacancy.VacancyImport;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Twelve known vacancies (src/test/resources/feeds/ui-test-feed.ndjson) for exact expectations:
 * drivers in Gent, Antwerp and Brussels, a butcher in Aalst, a cleaner, a cashier, French and English
 * postings, and one that expired long ago. Importing again changes nothing, so every test may call
 * {@link #load} first.
 */
public final class TestVacancies {

    public static final String SOURCE = "ui-test";
    public static final String FEED = "/feeds/ui-test-feed.ndjson";

    private TestVacancies() {
    }

    public static void load(VacancyImport imports) {
        try (var in = TestVacancies.class.getResourceAsStream(FEED)) {
            assertThat(in).as(FEED).isNotNull();
            var report = imports.importStream(in, "ui-test-feed.ndjson", new VacancyImport.FeedOptions(SOURCE, true));
            assertThat(report.failure()).as(report.summary()).isNull();
            assertThat(report.records()).isEqualTo(12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
