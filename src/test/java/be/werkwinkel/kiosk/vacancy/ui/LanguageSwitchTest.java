package be.werkwinkel.kiosk.vacancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.kiosk.ui.AttractView;
import be.werkwinkel.kiosk.kiosk.ui.HelpView;
import be.werkwinkel.kiosk.kiosk.ui.HomeView;
import be.werkwinkel.kiosk.kiosk.ui.NotFoundView;
import be.werkwinkel.kiosk.kiosk.ui.ProblemView;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every screen redraws in the new language at once when the visitor switches, without a reload.
 * The same context as {@link VacancyViewsTest} (same properties), so it starts no other database.
 */
@KioskTest
@TestPropertySource(properties = "kiosk.site.name=Werkwinkel Vacaturetest")
class LanguageSwitchTest extends SpringBrowserlessTest {

    @Autowired
    VacancyImport imports;

    @Autowired
    VacancySearch search;

    @Autowired
    VisitorSessions sessions;

    @BeforeEach
    void vacancies() {
        TestVacancies.load(imports);
    }

    @Test
    void home_redraws_in_french() {
        navigate(HomeView.class);
        assertThat(title()).isEqualTo("Wat wilt u doen?");

        switchToFrench();

        assertThat(title()).isEqualTo("Que voulez-vous faire\u00a0?");
        assertThat(pageTitle()).isEqualTo(getTranslation("home.pageTitle"));
    }

    @Test
    void help_redraws_in_french() {
        navigate(HelpView.class);
        assertThat(title()).isEqualTo("Hulp");

        switchToFrench();

        assertThat(title()).isEqualTo("Aide");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Heures d’ouverture");
    }

    @Test
    void the_attract_screen_stays_in_all_three_languages_and_starts_in_the_one_tapped() {
        navigate(AttractView.class);
        var before = getCurrentView().getElement().getTextRecursively();

        UI.getCurrent().setLocale(Locale.FRENCH);

        var after = getCurrentView().getElement().getTextRecursively();
        assertThat(after).isEqualTo(before).contains("Welkom", "Bienvenue", "Welcome");
        test($(Button.class).withId("start-fr").single()).click();
        assertThat(title()).isEqualTo("Que voulez-vous faire\u00a0?");
    }

    @Test
    void the_search_screen_redraws_in_french() {
        navigate(VacancySearchView.class);
        assertThat(title()).isEqualTo("Vacatures zoeken");

        switchToFrench();

        assertThat(title()).isEqualTo("Chercher un emploi");
    }

    @Test
    void the_details_screen_redraws_in_french() {
        var id = search.search(VacancyQuery.all(10).withText("slager")).hits().getFirst().id().value();
        navigate("vacancies/" + id, VacancyDetailsView.class);
        var back = $(Button.class).withId("vacancy-back").single();
        assertThat(back.getText()).isEqualTo("Terug naar de vacatures");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Over de job", "Vast contract");

        switchToFrench();

        assertThat($(Button.class).withId("vacancy-back").single().getText()).isEqualTo("Retour aux offres");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("L’emploi").doesNotContain("Over de job", "Vast contract");
        assertThat(title()).as("the vacancy's own text stays as published").isEqualTo("Slager");
    }

    @Test
    void the_not_found_screen_has_a_title_and_redraws_in_french() {
        navigate("no-such-screen", NotFoundView.class);
        assertThat(title()).isEqualTo("Deze pagina bestaat niet");
        assertThat(pageTitle()).isEqualTo("Deze pagina bestaat niet");

        switchToFrench();

        assertThat(title()).isEqualTo("Cette page n’existe pas");
        assertThat(pageTitle()).isEqualTo("Cette page n’existe pas");
    }

    @Test
    void the_problem_screen_redraws_in_the_new_language() {
        navigate(HomeView.class);
        var problem = new ProblemView(sessions);
        UI.getCurrent().add(problem);
        assertThat(problem.getElement().getTextRecursively()).contains("Er ging iets mis");
        assertThat(problem.getPageTitle()).isEqualTo("Er ging iets mis");

        UI.getCurrent().setLocale(Locale.FRENCH);

        assertThat(problem.getElement().getTextRecursively()).contains("Un problème est survenu")
                .doesNotContain("Er ging iets mis");
        assertThat(problem.getPageTitle()).isEqualTo("Un problème est survenu");
    }

    private void switchToFrench() {
        test($(Button.class).withId("language-fr").single()).click();
    }

    private String title() {
        return $(H1.class).first().getText();
    }

    private String pageTitle() {
        return UI.getCurrent().getInternals().getTitle();
    }

    private String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
