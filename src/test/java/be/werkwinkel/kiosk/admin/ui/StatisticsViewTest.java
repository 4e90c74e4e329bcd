package be.werkwinkel.kiosk.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.usage.UsageFeature;
import be.werkwinkel.kiosk.admin.usage.UsageQuery;
import be.werkwinkel.kiosk.admin.usage.UsageStatistics;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.ui.StaffChart;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.WithStaff;
import be.werkwinkel.kiosk.vacancy.VacancySearched;
import be.werkwinkel.kiosk.vacancy.ui.VacancySearchView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The statistics screen, browserless, as an administrator, a staff member and nobody. Its figures
 * come from events on a day of their own, 100 days ago, that no other test counts on.
 */
@KioskTest
class StatisticsViewTest extends SpringBrowserlessTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UsageStatistics statistics;

    LocalDate day;

    @BeforeEach
    void sixSessionsOnADayOfTheirOwn() {
        day = statistics.today().minusDays(100);
        if (statistics.report(new UsageQuery(day, day, null, null)).sessions() > 0) {
            return; // counted by an earlier test of this class
        }
        var noon = day.atTime(12, 0).atZone(BRUSSELS).toInstant();
        for (int i = 0; i < 6; i++) {
            var session = "statistics-view-" + i;
            events.publishEvent(new VacancySearched(i < 5 ? "Magazijnier" : "zeldzaamwoord", session, noon));
            events.publishEvent(new VisitorSessionEnded(session, SessionEndReason.STOPPED, KioskLanguage.DUTCH,
                    noon.minusSeconds(240), noon));
        }
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_sees_the_figures_of_the_chosen_days_as_charts_and_tables() {
        navigate(StatisticsView.class);
        assertThat($(StaffChart.class).id("statistics-per-day-chart").labels()).hasSize(30); // the last 30 days first

        chooseDays(day, day);

        assertThat(text("statistics-summary")).startsWith("6 sessies en 6 zoekopdrachten van ");
        var perDay = chart("statistics-per-day");
        assertThat(perDay.values()).containsExactly(6L);
        assertThat(perDay.summary()).startsWith("Sessies per dag: samen 6;");
        var terms = chart("statistics-terms");
        assertThat(terms.labels()).containsExactly("magazijnier");
        assertThat(terms.values()).containsExactly(5L);
        assertThat(rows("statistics-terms-table")).containsExactly(List.of("magazijnier", "5"));
        assertThat(text("statistics-terms-note")).contains("minstens 5 sessies");
        assertThat(rows("statistics-features-table")).contains(List.of("Vacatures gezocht", "6"),
                List.of("Cv’s gemaakt", "0"));
        assertThat(rows("statistics-lengths-table")).contains(List.of("3 tot 5 min", "6"));
        assertThat(rows("statistics-end-reasons")).contains(List.of("Bezoeker tikte op Stop", "6"));
        assertThat(rows("statistics-terminals")).singleElement()
                .satisfies(row -> assertThat(row.get(2)).isEqualTo("6"));
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void the_csv_download_holds_the_figures_on_the_screen() {
        navigate(StatisticsView.class);
        chooseDays(day, day);

        var out = new ByteArrayOutputStream();
        test($(Anchor.class).id("statistics-csv")).download(out);

        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFCijfer;Periode van;Periode tot en met;Dag;Vestiging;Terminal;Onderdeel;Aantal\r\n");
        assertThat(csv).contains("Meest gezochte woorden;" + day + ";" + day + ";;Alle vestigingen;Alle terminals;magazijnier;5\r\n",
                "Sessies per dag;" + day + ";" + day + ";" + day + ";Alle vestigingen;Alle terminals;;6\r\n")
                .doesNotContain("zeldzaamwoord");
    }

    @Test
    @WithStaff
    void a_staff_member_may_look_too_and_the_screen_speaks_french() {
        navigate(StatisticsView.class);
        chooseDays(day, day);

        test($(Button.class).id("staff-language-fr")).click();

        assertThat(getCurrentView()).isInstanceOf(StatisticsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Utilisation des bornes");
        assertThat(text("statistics-summary")).startsWith("6 sessions et 6 recherches du ");
        assertThat(rows("statistics-features-table")).contains(List.of("Recherches d’offres", "6"));
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void a_period_that_ends_before_it_starts_is_refused_and_changes_nothing() {
        navigate(StatisticsView.class);
        chooseDays(day, day);
        var before = text("statistics-summary");

        test($(DatePicker.class).id("statistics-from")).setValue(day.plusDays(3));

        var to = $(DatePicker.class).id("statistics-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("De einddag ligt vóór de begindag. Er is niets veranderd.");
        assertThat($(Paragraph.class).id("statistics-problem").isVisible()).isTrue();
        assertThat(text("statistics-summary")).isEqualTo(before);
        assertThat(chart("statistics-per-day").values()).containsExactly(6L);
    }

    @Test
    void nobody_signed_in_gets_no_statistics() {
        navigate("admin/statistics", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(StatisticsView.class);
    }

    @Test
    void a_search_on_the_kiosk_screen_is_counted_with_its_word() {
        var word = "statistiek" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var today = statistics.today();
        var searches = statistics.report(new UsageQuery(today, today, null, null)).features().get(UsageFeature.SEARCH);
        navigate(VacancySearchView.class);

        test($(TextField.class).id("vacancy-what")).setValue(word);
        test($(Button.class).id("vacancy-search-button")).click();

        var after = statistics.report(new UsageQuery(today, today, null, null)).features().get(UsageFeature.SEARCH);
        assertThat(after).isEqualTo(searches + 1);
    }

    private void chooseDays(LocalDate from, LocalDate to) {
        test($(DatePicker.class).id("statistics-from")).setValue(from);
        test($(DatePicker.class).id("statistics-to")).setValue(to);
    }

    private StaffChart chart(String figure) {
        return $(StaffChart.class).id(figure + "-chart");
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    /** The body rows of a table, each as its cells' texts. */
    private List<List<String>> rows(String id) {
        return $(NativeTable.class).id(id).getBody().getRows().stream()
                .map(NativeTableRow::getAllCells)
                .map(cells -> cells.stream().map(cell -> cell.getElement().getText()).toList())
                .toList();
    }
}
