package be.werkwinkel.kiosk.admin.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.werkwinkel.kiosk.appointment.AppointmentBooked;
import be.werkwinkel.kiosk.appointment.AppointmentId;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.ConsultantId;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.DocumentMade;
import be.werkwinkel.kiosk.kiosk.PdfPrinted;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentSaved;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.terminal.Terminals;
import be.werkwinkel.kiosk.vacancy.VacancySearched;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The usage statistics from the events the features publish to what the console and the CSV
 * show, on the real database. Each test counts on days of its own, long ago, so that tests sharing
 * this context never meet.
 */
@KioskTest
class UsageStatisticsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UsageStatistics statistics;

    @Autowired
    Terminals terminals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sessions_count_for_the_local_kiosk_on_their_belgian_day_by_length_reason_and_language() {
        // 23:30 UTC on 4 March is already 5 March in Brussels
        var end = Instant.parse("2003-03-04T23:30:00Z");
        events.publishEvent(ended(SessionEndReason.STOPPED, KioskLanguage.ENGLISH, end.minusSeconds(40), end));
        events.publishEvent(ended(SessionEndReason.STOPPED, KioskLanguage.DUTCH, end.minusSeconds(700), end));
        // ran 3 min, of which the idle timeout (600 s in tests) and countdown (30 s) were no use: not the 5-10 bucket
        events.publishEvent(ended(SessionEndReason.IDLE, KioskLanguage.DUTCH, end.minusSeconds(700), end));

        var day = LocalDate.of(2003, 3, 5);
        var report = statistics.report(new UsageQuery(day.minusDays(1), day, null, null));

        assertThat(report.sessionsPerDay()).extracting(UsageReport.DayCount::day, UsageReport.DayCount::sessions)
                .containsExactly(tuple(day.minusDays(1), 0L), tuple(day, 3L));
        assertThat(report.lengths()).containsEntry(SessionLength.FROM_1_TO_3_MIN, 1L)
                .containsEntry(SessionLength.FROM_10_TO_20_MIN, 1L)
                .containsEntry(SessionLength.UNDER_1_MIN, 1L)
                .containsEntry(SessionLength.FROM_5_TO_10_MIN, 0L)
                .doesNotContainKey(SessionLength.NOT_RECORDED);
        assertThat(report.endReasons()).containsEntry(SessionEndReason.STOPPED, 2L).containsEntry(SessionEndReason.IDLE, 1L);
        assertThat(report.languages()).containsEntry(KioskLanguage.DUTCH, 2L).containsEntry(KioskLanguage.ENGLISH, 1L);

        var local = terminals.find(terminals.localKiosk().orElseThrow()).orElseThrow();
        assertThat(report.perTerminal()).extracting(UsageReport.TerminalCount::site, UsageReport.TerminalCount::terminal,
                UsageReport.TerminalCount::sessions).containsExactly(tuple(local.site(), local.id().value(), 3L));
        assertThat(statistics.report(new UsageQuery(day, day, local.site(), local.id().value())).sessions()).isEqualTo(3);
        assertThat(statistics.report(new UsageQuery(day, day, "Werkwinkel Elders", null)).sessions()).isZero();
        assertThat(statistics.report(new UsageQuery(day, day, null, local.id().value() + 1000)).sessions()).isZero();
        assertThat(statistics.sites()).contains(local.site());
    }

    @Test
    void a_search_word_shows_only_once_enough_sessions_searched_it() {
        var at = Instant.parse("2004-05-06T10:00:00Z");
        var day = LocalDate.ofInstant(at, BRUSSELS);
        for (int i = 0; i < 5; i++) {
            search("Lasser!", "session-lasser-" + i, at); // five visitors
        }
        for (int i = 0; i < 4; i++) {
            search("kok", "session-kok-" + i, at); // four visitors
        }
        for (int i = 0; i < 3; i++) {
            search("Kok ", "session-kok-0", at); // one of them again and again: still one session
        }
        search("Jan Janssens", "session-name", at); // once: a name, never to be seen

        var report = statistics.report(new UsageQuery(day, day, null, null));

        assertThat(report.minTermCount()).isEqualTo(5);
        assertThat(report.topTerms()).extracting(UsageReport.TermCount::term, UsageReport.TermCount::sessions)
                .containsExactly(tuple("lasser", 5L));
        assertThat(report.features()).containsEntry(UsageFeature.SEARCH, 13L);
        // kept, though, to add up over a longer period: one more visitor and "kok" shows
        search("KOK", "session-kok-late", at.plusSeconds(86_400));
        assertThat(statistics.report(new UsageQuery(day, day.plusDays(1), null, null)).topTerms())
                .extracting(UsageReport.TermCount::term).containsExactly("kok", "lasser");
    }

    @Test
    void words_that_may_name_someone_are_not_kept_at_all() {
        assertThat(SearchTerms.normalise("  Heftruck-Chauffeur,  GENT ")).hasValue("heftruck chauffeur gent");
        assertThat(SearchTerms.normalise("lasser 9000")).hasValue("lasser 9000");
        assertThat(SearchTerms.normalise("Soudeur à Liège")).hasValue("soudeur à liège");
        assertThat(SearchTerms.normalise("=cmd|calc")).hasValue("cmd calc");
        assertThat(SearchTerms.normalise("jan@example.be")).isEmpty();
        assertThat(SearchTerms.normalise("0470 12 34 56")).isEmpty();
        assertThat(SearchTerms.normalise("85.07.30-033.61")).isEmpty();
        assertThat(SearchTerms.normalise(" ?! ")).isEmpty();
        assertThat(SearchTerms.normalise("woord ".repeat(20)).orElseThrow()).hasSizeLessThanOrEqualTo(60)
                .doesNotEndWith(" ").endsWith("woord");
    }

    @Test
    void rare_words_are_deleted_after_a_while_and_frequent_ones_stay() {
        var old = statistics.today().minusDays(40).atStartOfDay(BRUSSELS).toInstant().plusSeconds(3600);
        var recent = statistics.today().minusDays(2).atStartOfDay(BRUSSELS).toInstant().plusSeconds(3600);
        var rare = "zeldzaam" + unique();
        var frequent = "vaak" + unique();
        var young = "jong" + unique();
        search(rare, "r1", old);
        search(rare, "r2", recent); // only two sessions in all: can never be shown
        for (int i = 0; i < 5; i++) {
            search(frequent, "f" + i, old);
        }
        search(young, "y1", recent);

        statistics.cleanUp();

        assertThat(days(rare)).containsExactly(LocalDate.ofInstant(recent, BRUSSELS));
        assertThat(days(frequent)).containsExactly(LocalDate.ofInstant(old, BRUSSELS));
        assertThat(days(young)).hasSize(1);
    }

    @Test
    void every_feature_is_counted_from_the_event_its_module_publishes() {
        var at = Instant.parse("2005-06-07T09:00:00Z");
        var day = LocalDate.ofInstant(at, BRUSSELS);
        events.publishEvent(new DocumentMade(DocumentKind.CV, at));
        events.publishEvent(new DocumentMade(DocumentKind.CV, at));
        events.publishEvent(new DocumentMade(DocumentKind.LETTER, at));
        events.publishEvent(new PdfPrinted(at));
        events.publishEvent(new DocumentSaved(new AccountId(UUID.randomUUID()), new DocumentId(UUID.randomUUID()),
                DocumentKind.SAVED_VACANCY, at));
        events.publishEvent(new AppointmentBooked(AppointmentId.random(), AppointmentTypeId.random(), SiteId.random(),
                ConsultantId.random(), at.plusSeconds(86_400), at.plusSeconds(88_200), at));

        assertThat(statistics.report(new UsageQuery(day, day, null, null)).features()).isEqualTo(Map.of(
                UsageFeature.SEARCH, 0L, UsageFeature.CV_MADE, 2L, UsageFeature.LETTER_MADE, 1L,
                UsageFeature.PDF_PRINTED, 1L, UsageFeature.DOCUMENT_SAVED, 1L, UsageFeature.APPOINTMENT_BOOKED, 1L));
    }

    @Test
    void the_csv_has_the_figures_shown_with_a_bom_semicolons_and_no_formulas() {
        var at = Instant.parse("2006-01-02T09:00:00Z");
        var day = LocalDate.ofInstant(at, BRUSSELS);
        events.publishEvent(ended(SessionEndReason.STOPPED, KioskLanguage.FRENCH, at.minusSeconds(200), at));
        for (int i = 0; i < 5; i++) {
            search("soudeur", "csv-" + i, at);
        }
        search("rare", "csv-rare", at);
        var report = statistics.report(new UsageQuery(day, day, null, null));

        var bytes = UsageCsv.write(report, (key, parameters) -> key.substring(key.lastIndexOf('.') + 1),
                terminal -> terminal == 0 ? "server" : "=HYPERLINK(\"x\")");
        var text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var lines = text.substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("figure;from;to;day;site;terminal;item;count");
        assertThat(lines).contains(
                "title;2006-01-02;2006-01-02;2006-01-02;allSites;allTerminals;;1",
                "title;2006-01-02;2006-01-02;;allSites;allTerminals;FROM_3_TO_5_MIN;1",
                "title;2006-01-02;2006-01-02;;allSites;allTerminals;SEARCH;6",
                "title;2006-01-02;2006-01-02;;allSites;allTerminals;soudeur;5",
                "title;2006-01-02;2006-01-02;;allSites;allTerminals;STOPPED;1",
                "title;2006-01-02;2006-01-02;;allSites;allTerminals;Français;1");
        assertThat(text).doesNotContain(";rare;");
        // a name that a spreadsheet would run as a formula is written as text
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(";\"'=HYPERLINK(\"\"x\"\")\";;1"));
        assertThat(UsageCsv.fileName("usage", report.query())).isEqualTo("usage-2006-01-02-2006-01-02.csv");
    }

    private void search(String text, String session, Instant at) {
        events.publishEvent(new VacancySearched(text, session, at));
    }

    private static VisitorSessionEnded ended(SessionEndReason reason, KioskLanguage language, Instant start, Instant end) {
        return new VisitorSessionEnded(UUID.randomUUID().toString(), reason, language, start, end);
    }

    private java.util.List<LocalDate> days(String term) {
        return jdbc.sql("SELECT day FROM usage_search_term WHERE term = ? ORDER BY day").param(term)
                .query((rs, row) -> rs.getDate("day").toLocalDate()).list();
    }

    /** Letters only: more than four digits would make a word that is never kept. */
    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                .collect(java.util.stream.Collectors.joining());
    }
}
