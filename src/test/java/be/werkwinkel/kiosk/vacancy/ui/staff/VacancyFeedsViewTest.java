package be.werkwinkel.kiosk.vacancy.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.support.WithStaff;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Content status, vacancies: browserless, as an administrator, a staff member and nobody. */
@KioskTest
class VacancyFeedsViewTest extends SpringBrowserlessTest {

    @Autowired
    VacancyFeeds feeds;
    @Autowired
    VacancyImport imports;
    @Autowired
    StaffAuditLog audit;

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_rebuilds_the_index_and_sees_how_it_went() {
        TestVacancies.load(imports);
        var view = navigate(VacancyFeedsView.class);
        assertThat(text(card(TestVacancies.SOURCE))).contains("Binnengekomen als bestand (map of opdracht import)");
        assertThat($(Button.class).id("feeds-import-all").isEnabled()).as("no feed set up, no drop folder").isFalse();
        assertThat($(Button.class).withId("feeds-import-" + TestVacancies.SOURCE).exists())
                .as("nothing to fetch a file from").isFalse();

        test($(Button.class).id("feeds-rebuild-index")).click();
        var task = finished();
        view.refresh();

        assertThat(task.succeeded()).isTrue();
        var shown = text($(Div.class).id("feeds-task"));
        assertThat(shown).contains("Opbouwen van de zoekindex, gestart door anna om", "Klaar om");
        assertThat(shown).contains(String.format(Locale.ROOT, "%,d", task.indexed()).replace(',', '.')
                + " vacatures staan in de nieuwe zoekindex.");
        assertThat($(Button.class).id("feeds-rebuild-index").isEnabled()).isTrue();
        assertThat(audit.search("vacancy index", null, null)).anySatisfy(line -> {
            assertThat(line.actor()).isEqualTo("anna");
            assertThat(line.action()).isEqualTo("VACANCY_REINDEX");
        });
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void a_failed_import_is_said_in_plain_words_with_the_report_folded_away() {
        var source = "kapot-" + UUID.randomUUID().toString().substring(0, 8);
        imports.importStream(new ByteArrayInputStream("[{\"@type\":\"JobPosting\"".getBytes(StandardCharsets.UTF_8)),
                "kapot.json", new VacancyImport.FeedOptions(source, false));

        var view = navigate(VacancyFeedsView.class);

        var card = card(source);
        assertThat(card.getElement().getAttribute("data-state")).isEqualTo("failed");
        assertThat(text(card)).contains("Mislukt",
                "Mislukt: dit is geen leesbare vacaturefeed (kapot, afgebroken, leeg of geen JSON).",
                "Er is niets veranderd; de vacatures van deze bron blijven zoals na de laatste geslaagde import (nog nooit).");
        var details = $(Details.class).id("feeds-report-" + source);
        assertThat(details.isOpened()).isFalse();
        assertThat(details.getSummaryText()).isEqualTo("Verslag van de import (technisch, in het Engels)");

        // opened, it stays open while the screen redraws itself with news (here: a second try)
        details.setOpened(true);
        imports.importStream(new ByteArrayInputStream("{\"@type\":".getBytes(StandardCharsets.UTF_8)), "kapot.json",
                new VacancyImport.FeedOptions(source, false));
        view.refresh();
        var redrawn = $(Details.class).id("feeds-report-" + source);
        assertThat(redrawn).isNotSameAs(details);
        assertThat(redrawn.isOpened()).isTrue();
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void the_screen_speaks_french_at_once() {
        navigate(VacancyFeedsView.class);

        UI.getCurrent().setLocale(Locale.FRENCH);

        assertThat($(H1.class).single().getText()).isEqualTo("Contenu : offres d’emploi");
        assertThat($(Button.class).id("feeds-rebuild-index").getText()).isEqualTo("Reconstruire l’index de recherche");
        assertThat($(Paragraph.class).id("feeds-summary").getText()).contains("Dernière importation réussie");
    }

    @Test
    @WithStaff
    void a_staff_member_cannot_open_it() {
        navigate("admin/content/vacancies", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(VacancyFeedsView.class);
    }

    @Test
    void nobody_signed_in_gets_no_content_status() {
        navigate("admin/content/vacancies", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(VacancyFeedsView.class);
    }

    private Div card(String source) {
        return $(Div.class).id("feeds-source-" + VacancyFeedsView.idOf(source));
    }

    /** Every text in a component and below it, as a visitor would read it. */
    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** Waits for the action the screen started (a condition, never a fixed time). */
    private VacancyFeeds.Task finished() {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            var task = feeds.overview().task();
            if (task != null && task.finished() != null && task.staff().equals("anna")) {
                return task;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the action did not end within 60 s");
    }
}
