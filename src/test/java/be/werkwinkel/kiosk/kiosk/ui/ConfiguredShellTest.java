package be.werkwinkel.kiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.support.KioskTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shell as staff configured it (decision 033), browserless: tiles, routes, languages, idle
 * timeout and help follow the configuration, on screens opened later and on the open one.
 */
@KioskTest
class ConfiguredShellTest extends SpringBrowserlessTest {

    @Autowired
    KioskScreens screens;

    @AfterEach
    void backToTheProperties() {
        screens.configure(screens.defaultSetup());
    }

    @Test
    void a_neighbourhood_point_without_appointments_and_english_shows_neither() {
        screens.configure(setup(EnumSet.of(KioskLanguage.DUTCH, KioskLanguage.FRENCH),
                EnumSet.of(KioskFeature.VACANCIES, KioskFeature.DOCUMENTS), Duration.ofSeconds(45)));

        navigate(AttractView.class);
        assertThat(ids()).contains("start-nl", "start-fr").doesNotContain("start-en");
        assertThat(getCurrentView().getElement().getTextRecursively()).startsWith("Werkantenne Ledeberg");
        test(button("start-fr")).click();

        assertThat(visibleIds()).contains("tile-vacancies", "tile-documents", "tile-help", "language-nl", "language-fr")
                .doesNotContain("tile-appointment", "language-en");
        assertThat($(IdleWatcher.class).single().timeoutSeconds()).isEqualTo(45);

        navigate("appointment", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).as("a switched-off feature's screen leads home").isInstanceOf(HomeView.class);

        navigate(HelpView.class);
        var help = getCurrentView().getElement().getTextRecursively();
        assertThat(help).contains("Choisissez votre langue en haut\u00a0: Nederlands, Français.", "Au guichet 3.",
                "Fermé").doesNotContain("Prendre rendez-vous avec un conseiller");
        assertThat($(Section.class).id("help-hours").getElement().getTextRecursively()).contains("de 10:00 à 11:30");
    }

    @Test
    void an_open_screen_follows_a_change_at_once() {
        navigate(HomeView.class);
        test(button("language-en")).click();
        assertThat(visibleIds()).contains("tile-appointment", "language-en");
        assertThat(siteName()).isEqualTo(screens.defaultSetup().siteName());

        screens.configure(setup(EnumSet.of(KioskLanguage.DUTCH), EnumSet.of(KioskFeature.VACANCIES),
                Duration.ofSeconds(300)));
        KioskScreensService.follow(UI.getCurrent(), screens.setup()); // what the push runs on the open page

        assertThat(visibleIds()).contains("tile-vacancies", "tile-help")
                .doesNotContain("tile-appointment", "tile-documents", "language-en", "language-nl");
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("English is no longer offered: Dutch").isEqualTo("nl");
        assertThat($(IdleWatcher.class).single().timeoutSeconds()).isEqualTo(300);
        assertThat(siteName()).as("the site the hub's registry gives the terminal").isEqualTo("Werkantenne Ledeberg");

        navigate("appointment", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        screens.configure(screens.defaultSetup());
        navigate("appointment", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(HomeView.class);

        screens.configure(setup(EnumSet.allOf(KioskLanguage.class), EnumSet.of(KioskFeature.VACANCIES),
                Duration.ofSeconds(300)));
        KioskScreensService.follow(UI.getCurrent(), screens.setup());
        assertThat(getCurrentView()).as("a visitor on a screen of a feature switched off is taken home")
                .isInstanceOf(HomeView.class);
    }

    private KioskSetup setup(EnumSet<KioskLanguage> languages, EnumSet<KioskFeature> features, Duration idle) {
        return new KioskSetup("Werkantenne Ledeberg", idle, languages, features, "", true,
                Map.of(DayOfWeek.MONDAY, OpeningHours.parse("10:00-11:30")),
                Map.of(KioskLanguage.DUTCH, "Aan de balie 3.", KioskLanguage.FRENCH, "Au guichet 3."));
    }

    private String siteName() {
        return $(Span.class).withClassName("kiosk-site-name").single().getText();
    }

    private java.util.List<String> ids() {
        return $(Button.class).all().stream().flatMap(button -> button.getId().stream()).toList();
    }

    private java.util.List<String> visibleIds() {
        return $(Button.class).all().stream().filter(ConfiguredShellTest::shown)
                .flatMap(button -> button.getId().stream()).toList();
    }

    /** Visible, and so is everything it is in. */
    private static boolean shown(com.vaadin.flow.component.Component component) {
        return component.isVisible() && component.getParent().map(ConfiguredShellTest::shown).orElse(true);
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }
}
