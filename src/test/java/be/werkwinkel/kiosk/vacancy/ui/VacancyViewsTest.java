package be.werkwinkel.kiosk.vacancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.internal.LoadingVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySettings;
import be.werkwinkel.kiosk.vacancy.VacancySource;
import be.werkwinkel.kiosk.vacancy.index.JobTitleThesaurus;
import be.werkwinkel.kiosk.vacancy.internal.TestReplicas;
import com.vaadin.flow.component.Component;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Its own context and database: other @KioskTest classes import feeds of their own. */
@KioskTest
@TestPropertySource(properties = "kiosk.site.name=Werkwinkel Vacaturetest")
class VacancyViewsTest extends SpringBrowserlessTest {

    @Autowired
    VacancyImport imports;

    @Autowired
    VacancySearch search;

    @Autowired
    KioskScreens screens;

    @Autowired
    VacancySettings settings;

    @Autowired
    VisitorSessions sessions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JobTitleThesaurus thesaurus;

    @Autowired
    BelgianPlaces places;

    @Autowired
    Clock clock;

    @BeforeEach
    void vacancies() {
        TestVacancies.load(imports);
    }

    @Test
    void the_search_screen_opens_with_every_open_vacancy() {
        navigate(VacancySearchView.class);

        assertThat(count()).isEqualTo("11 vacatures gevonden");
        assertThat(cardTitles()).hasSize(10);
        assertThat($(Button.class).withId("vacancy-more").single().isVisible()).isTrue();

        test($(Button.class).withId("vacancy-more").single()).click();
        assertThat(cardTitles()).hasSize(11).doesNotContain("Verlopen vacature chauffeur");
    }

    @Test
    void a_dialect_word_finds_the_standard_job_title() {
        navigate(VacancySearchView.class);

        search("beenhouwer");

        assertThat(cardTitles()).containsExactly("Slager");
        assertThat(count()).isEqualTo("1 vacature gevonden");
    }

    /**
     * The suggestion table is rebuilt on its own thread after an import commits (the first time also
     * after the job titles are derived): waits until it holds the vacancies of this test's feed.
     */
    private void suggestionsBuilt(String typed, String title) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> search.suggest(typed, KioskLanguage.DUTCH, 20).contains(title));
    }

    @Test
    void typing_offers_suggestions_that_search_when_tapped() {
        suggestionsBuilt("heftr", "Heftruckchauffeur");
        navigate(VacancySearchView.class);

        test(what()).setValue("heftr");

        var suggestions = $(Button.class).withClassName("vacancy-suggestion").all();
        assertThat(suggestions).extracting(Button::getText).contains("Heftruckchauffeur");
        test(suggestions.stream().filter(button -> button.getText().equals("Heftruckchauffeur")).findFirst().orElseThrow())
                .click();
        assertThat(what().getValue()).isEqualTo("Heftruckchauffeur");
        assertThat(cardTitles()).containsExactly("Heftruckchauffeur");
        assertThat($(Button.class).withClassName("vacancy-suggestion").all()).isEmpty();
    }

    @Test
    void suggestions_are_in_the_screens_language_and_follow_a_switch_at_once() {
        suggestionsBuilt("chauf", "Heftruckchauffeur");
        navigate(VacancySearchView.class);

        test(what()).setValue("chauf");
        assertThat(suggestionTexts()).containsExactly("Chauffeur", "Heftruckchauffeur", "Bestelwagenchauffeur",
                "Vrachtwagenchauffeur", "Chauffeur ADR", "Chauffeur bus");

        test($(Button.class).withId("language-fr").single()).click();
        assertThat(what().getValue()).as("what was typed stays").isEqualTo("chauf");
        assertThat(suggestionTexts()).containsExactly("Chauffeur poids lourd", "Chauffagiste", "Chauffeur ADR",
                "Chauffeuse ADR", "Chauffeur de bus", "Chauffeur de car");

        test($(Button.class).withId("language-en").single()).click();
        test(what()).setValue("wareh");
        assertThat(suggestionTexts()).containsExactly("Warehouse operator", "Warehouse packer", "Warehouse picker",
                "Warehouse worker", "Warehouse manager", "Warehouse packager");
    }

    @Test
    void did_you_mean_proposes_a_word_of_the_screens_language() {
        navigate(VacancySearchView.class);

        search("lurt");
        assertThat(count()).isEqualTo("Geen vacatures gevonden");
        assertThat($(Button.class).withId("vacancy-did-you-mean").all()).as("no French word on a Dutch screen").isEmpty();

        test($(Button.class).withId("language-fr").single()).click();
        assertThat($(Button.class).withId("vacancy-did-you-mean").single().getText()).isEqualTo("lourd");
        test($(Button.class).withId("vacancy-did-you-mean").single()).click();
        assertThat(cardTitles()).containsExactly("Chauffeur poids lourd");
    }

    @Test
    void jobs_abroad_are_said_to_be_left_out_of_a_search_within_a_distance() {
        navigate(VacancySearchView.class);
        assertThat(abroadNote()).as("the place is set, but every distance counts").isEmpty();

        test($(Button.class).withId("radius-10").single()).click();
        assertThat(abroadNote()).containsExactly("Vacatures in het buitenland staan hier niet bij: u zoekt binnen een "
                + "afstand van een plaats. Kies ‘Overal’ om ze ook te zien.");
        test($(Button.class).withId("language-en").single()).click();
        assertThat(abroadNote()).containsExactly("Jobs abroad are not shown here: you are searching within a distance "
                + "of a place. Choose ‘Anywhere’ to see them too.");

        test($(TextField.class).withId("vacancy-near").single()).setValue("");
        assertThat(abroadNote()).as("no place, no distance").isEmpty();
        test($(TextField.class).withId("vacancy-near").single()).setValue("Gent");
        assertThat(abroadNote()).hasSize(1);
        test($(Button.class).withId("radius-any").single()).click();
        assertThat(abroadNote()).isEmpty();
    }

    @Test
    void a_radius_chip_keeps_what_is_near_the_terminals_place() {
        navigate(VacancySearchView.class);
        assertThat($(TextField.class).withId("vacancy-near").single().getValue()).isEqualTo("9000");

        test($(Button.class).withId("radius-10").single()).click();

        assertThat(cardTitles()).containsExactlyInAnyOrder("Vrachtwagenchauffeur (m/v/x)", "Poetshulp",
                "Administratief medewerker", "Bestelwagenchauffeur");
        assertThat($(Button.class).withId("radius-10").single().getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void an_unknown_place_is_explained_and_changes_nothing() {
        navigate(VacancySearchView.class);
        test($(Button.class).withId("radius-10").single()).click();
        var within10km = count();
        var near = $(TextField.class).withId("vacancy-near").single();

        test(near).setValue("Atlantis");

        assertThat(near.isInvalid()).isTrue();
        assertThat(near.getErrorMessage()).contains("‘Atlantis’");
        assertThat(within10km).isNotEqualTo("11 vacatures gevonden");
        assertThat(count()).as("still the vacancies within 10 km of 9000").isEqualTo(within10km);
        assertThat($(Button.class).withId("radius-10").single().getElement().getAttribute("aria-pressed")).isEqualTo("true");

        test(near).setValue("Brugge");

        assertThat(near.isInvalid()).isFalse();
        assertThat(count()).isNotEqualTo(within10km);
    }

    @Test
    void filter_chips_show_counts_and_narrow_the_results() {
        navigate(VacancySearchView.class);
        var partTime = $(Button.class).withId("chip-regime-part_time").single();
        assertThat(partTime.getText()).isEqualTo("Deeltijds (3)");

        test(partTime).click();

        assertThat(cardTitles()).containsExactlyInAnyOrder("Poetshulp", "Kassamedewerker", "Administratief medewerker");
        assertThat($(Button.class).withId("chip-regime-part_time").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat($(Button.class).withId("chip-regime-full_time").single().getText())
                .as("the other value of the same filter still counts without it").isEqualTo("Voltijds (8)");
        test($(Button.class).withId("filters-clear").single()).click();
        assertThat(count()).isEqualTo("11 vacatures gevonden");
    }

    @Test
    void nothing_found_says_what_to_try() {
        navigate(VacancySearchView.class);
        test($(Button.class).withId("radius-5").single()).click();

        search("astronaut");

        assertThat(count()).isEqualTo("Geen vacatures gevonden");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withText(
                "Probeer een ander of korter woord, bv. ‘chauffeur’ in plaats van ‘vrachtwagenchauffeur’.").all()).hasSize(1);
        test($(Button.class).withId("vacancy-widen").single()).click();
        assertThat($(Button.class).withId("radius-10").single().getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void the_search_is_in_the_visitors_language() {
        navigate(VacancySearchView.class);

        test($(Button.class).withId("language-fr").single()).click();

        assertThat(count()).isEqualTo("11 offres trouvées");
        assertThat(what().getLabel()).isEqualTo("Quel travail cherchez-vous\u00a0?");
        assertThat($(Button.class).withId("chip-regime-part_time").single().getText()).isEqualTo("Temps partiel (3)");
    }

    @Test
    void a_card_opens_the_vacancy_with_how_to_apply_and_a_qr_code() {
        navigate(VacancySearchView.class);
        search("slager");
        var card = $(ResultCard.class).single();
        var id = card.getId().orElseThrow().substring("vacancy-".length());

        navigate("vacancies/" + id, VacancyDetailsView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Slager");
        var text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Slagerij Peeters", "9300 Aalst", "jobs2@werkgever.example", "Vast contract");
        assertThat($(Image.class).withId("vacancy-qr").single().getSrc()).startsWith("data:image/svg+xml;base64,");

        assertThat($(Button.class).withId("vacancy-save").single().getElement().getTextRecursively())
                .as("saving is there (personal storage contributes it)").doesNotContain("Binnenkort");
        assertThat($(Button.class).withId("vacancy-appointment").single().getElement().getTextRecursively())
                .as("the appointment screens contribute it").doesNotContain("Binnenkort");
        test($(Button.class).withId("vacancy-appointment").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).as("the booking starts about this vacancy")
                .contains("Over de vacature: Slager");

        navigate("vacancies/" + id, VacancyDetailsView.class);
        test($(Button.class).withId("vacancy-back").single()).click();
        assertThat(getCurrentView()).isInstanceOf(VacancySearchView.class);
        assertThat(what().getValue()).as("the search is still there").isEqualTo("slager");
        assertThat(cardTitles()).containsExactly("Slager");
    }

    @Test
    void print_and_the_actions_of_switched_off_features_leave_the_open_details_when_staff_switch_them_off() {
        navigate(VacancySearchView.class);
        search("slager");
        var id = $(ResultCard.class).single().getId().orElseThrow().substring("vacancy-".length());
        navigate("vacancies/" + id, VacancyDetailsView.class);
        assertThat(visibleButtons()).contains("vacancy-print", "vacancy-save", "vacancy-letter", "vacancy-appointment");

        var before = screens.setup();
        try {
            screens.configure(new KioskSetup(before.siteName(), before.idleTimeout(), before.languages(),
                    EnumSet.of(KioskFeature.VACANCIES, KioskFeature.APPOINTMENTS), before.defaultPlace(), false,
                    before.openingHours(), before.staffLocation()));
            be.werkwinkel.kiosk.kiosk.Configured.follow(UI.getCurrent(), screens.setup()); // what the push does on the page

            assertThat(getCurrentView()).isInstanceOf(VacancyDetailsView.class);
            assertThat(visibleButtons()).contains("vacancy-appointment", "vacancy-back")
                    .doesNotContain("vacancy-print", "vacancy-save", "vacancy-letter");
        } finally {
            screens.configure(before);
        }
    }

    private List<String> visibleButtons() {
        return $(Button.class).all().stream().filter(button -> button.isVisible() && button.getParent().map(
                        parent -> parent.isVisible()).orElse(true))
                .flatMap(button -> button.getId().stream()).toList();
    }

    @Test
    void the_words_that_matched_are_marked_as_elements_not_as_html() {
        navigate(VacancySearchView.class);

        search("slager");

        var title = $(ResultCard.class).single().getChildren().findFirst().orElseThrow().getElement();
        assertThat(title.getProperty("innerHTML")).as("no HTML is handed to the browser").isNull();
        var marks = title.getChildren().filter(child -> "mark".equals(child.getTag())).map(Element::getText).toList();
        assertThat(marks).containsExactly("Slager");
    }

    @Test
    void on_a_terminal_the_status_says_how_fresh_the_replica_is_and_when_the_hub_is_out_of_reach(@TempDir Path dir)
            throws Exception {
        navigate(VacancySearchView.class);
        assertThat($(Paragraph.class).withClassName("vacancy-status").single().getText()).as("standalone: as before")
                .startsWith("Er zijn 11 vacatures. Bijgewerkt op").doesNotContain("centrale server");

        var reachable = new AtomicBoolean(true);
        VacancySource hub = reachable::get;
        try (var terminal = TestReplicas.open(dir, thesaurus, places, clock)) {
            var slager = search.search(VacancyQuery.all(20).toBuilder().text("slager").build()).hits().getFirst().id();
            terminal.replica().apply(7, List.of(search.find(slager).orElseThrow()), List.of());
            var view = new VacancySearchView(terminal.search(), settings, screens, clock, sessions, events,
                    new StaticListableBeanFactory(Map.of("hub", hub)).getBeanProvider(VacancySource.class));
            UI.getCurrent().add(view);

            assertThat(status(view)).matches("Er zijn 1 vacatures, bijgewerkt vandaag om \\d{2}:\\d{2}\\.");

            reachable.set(false);
            UI.getCurrent().setLocale(java.util.Locale.FRENCH);
            assertThat(status(view)).matches("Il y a 1 offres d’emploi, mises à jour aujourd’hui à \\d{2}:\\d{2}\\. "
                    + "Pas de connexion avec le serveur central : les nouvelles offres suivront dès son retour\\.");
            UI.getCurrent().setLocale(Locale.of("nl"));
            assertThat(status(view)).endsWith(
                    "Geen verbinding met de centrale server: nieuwe vacatures volgen zodra die er weer is.");
            assertThat(view.getElement().getChildren().anyMatch(header -> header.getChildren()
                    .anyMatch(child -> "true".equals(child.getAttribute("data-offline"))))).isTrue();
            UI.getCurrent().remove(view);
        }
    }

    private static String status(VacancySearchView view) {
        return view.getChildren().flatMap(Component::getChildren).filter(Paragraph.class::isInstance)
                .filter(paragraph -> paragraph.hasClassName("vacancy-status")).map(paragraph -> ((Paragraph) paragraph).getText())
                .findFirst().orElseThrow();
    }

    @Test
    void while_the_vacancies_are_loading_the_screen_says_so_and_shows_them_once_they_are_there() {
        try (var loading = LoadingVacancies.hold(search)) {
            navigate(VacancySearchView.class);

            assertThat(count()).isEqualTo("Vacatures worden geladen…");
            assertThat($(Paragraph.class).withClassName("vacancy-status").single().getText())
                    .isEqualTo("De vacatures worden ingeladen.");
            assertThat($(Paragraph.class).withText("Even geduld: de vacatures verschijnen hier vanzelf.").all()).hasSize(1);
            assertThat($(Paragraph.class).withText("Of vraag hulp aan een medewerker.").all())
                    .as("not the \"nothing found\" advice").isEmpty();
            assertThat(cardTitles()).isEmpty();
            assertThat(UI.getCurrent().getPollInterval()).as("it looks again by itself").isPositive();

            test($(Button.class).withId("language-fr").single()).click();
            assertThat(count()).isEqualTo("Chargement des offres d’emploi…");
            test($(Button.class).withId("language-nl").single()).click();
        }

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(count()).isEqualTo("11 vacatures gevonden");
        assertThat($(Paragraph.class).withClassName("vacancy-status").single().getText()).startsWith("Er zijn 11 vacatures");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void an_unknown_vacancy_says_it_is_gone() {
        navigate("vacancies/987654", VacancyDetailsView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Deze vacature is er niet meer");
    }

    private void search(String text) {
        test(what()).setValue(text);
        test($(Button.class).withId("vacancy-search-button").single()).click();
    }

    /** The line about jobs abroad, when it is shown. */
    private List<String> abroadNote() {
        return $(Paragraph.class).withId("vacancy-abroad-left-out").all().stream().map(Paragraph::getText).toList();
    }

    private List<String> suggestionTexts() {
        return $(Button.class).withClassName("vacancy-suggestion").all().stream().map(Button::getText).toList();
    }

    private TextField what() {
        return $(TextField.class).withId("vacancy-what").single();
    }

    private String count() {
        return $(H2.class).withId("vacancy-count").single().getText();
    }

    private List<String> cardTitles() {
        return $(ResultCard.class).all().stream()
                .map(card -> card.getChildren().findFirst().orElseThrow().getElement().getTextRecursively())
                .toList();
    }
}
