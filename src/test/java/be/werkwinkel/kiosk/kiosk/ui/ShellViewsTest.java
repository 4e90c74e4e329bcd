package be.werkwinkel.kiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.support.KioskTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KioskTest
class ShellViewsTest extends SpringBrowserlessTest {

    @Autowired
    VisitorSessions sessions;

    @Test
    void tapping_a_language_on_the_attract_screen_starts_in_that_language() {
        navigate(AttractView.class);

        test(button("start-fr")).click();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Que voulez-vous faire\u00a0?");
        assertThat(button("top-stop").getText()).isEqualTo("Arrêter");
    }

    @Test
    void a_new_session_starts_in_dutch_whatever_the_browser_says() {
        navigate(HomeView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
        assertThat($(H1.class).single().getText()).isEqualTo("Wat wilt u doen?");
        assertThat(button("language-nl").getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void home_shows_the_tiles_in_their_fixed_order() {
        navigate(HomeView.class);

        assertThat($(Button.class).withClassName("kiosk-tile").all())
                .extracting(Button::getId)
                .map(id -> id.orElseThrow())
                .containsExactly("tile-vacancies", "tile-documents", "tile-appointment", "tile-help");
    }

    @Test
    void the_appointment_tile_opens_the_appointment_screen_now_that_it_is_there() {
        navigate(HomeView.class);
        assertThat(button("tile-appointment").getElement().getTextRecursively()).doesNotContain("Binnenkort");

        test(button("tile-appointment")).click();

        assertThat(getCurrentView()).isNotInstanceOf(HomeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Afspraak met een consulent");
    }

    @Test
    void the_help_tile_opens_help_and_start_goes_back_home() {
        navigate(HomeView.class);
        assertThat($(Button.class).withId("top-start").all()).as("no Start button on the start screen").isEmpty();

        test(button("tile-help")).click();
        assertThat(getCurrentView()).isInstanceOf(HelpView.class);
        assertThat(button("top-start").isVisible()).isTrue();

        test(button("top-start")).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void switching_the_language_translates_the_screen_at_once() {
        navigate(HelpView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Hulp");

        test(button("language-en")).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Help");
        assertThat(button("top-start").getText()).isEqualTo("Start");
        assertThat(button("toggle-large-text").getText()).isEqualTo("Larger text");
        assertThat(button("language-en").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(button("language-nl").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(section("help-staff").getElement().getTextRecursively()).contains("Ask at the desk.");
    }

    @Test
    void help_shows_where_staff_are_and_the_configured_opening_hours() {
        navigate(HelpView.class);

        assertThat(section("help-staff").getElement().getTextRecursively()).contains("Vraag het aan de balie.");
        var hours = section("help-hours").getElement().getTextRecursively();
        assertThat(hours).contains("maandag", "van 09:00 tot 12:00, van 13:00 tot 16:30", "woensdag", "Gesloten");
    }

    @Test
    void the_display_toggles_say_whether_they_are_on() {
        navigate(HomeView.class);
        var largeText = button("toggle-large-text");
        assertThat(largeText.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        test(largeText).click();
        assertThat(largeText.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        test(button("toggle-high-contrast")).click();
        assertThat(button("toggle-high-contrast").getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void after_the_idle_time_the_visitor_is_asked_and_can_carry_on() {
        navigate(HomeView.class);
        var watcher = $(IdleWatcher.class).single();

        ComponentUtil.fireEvent(watcher, new IdleWatcher.IdleEvent(watcher, true));

        var dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Bent u er nog?");
        assertThat(watcher.getElement().getProperty("paused", false)).isTrue();
        assertThat($(Countdown.class).single().getElement().getProperty("seconds", 0)).isEqualTo(30);

        test(button("still-there-continue")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(watcher.getElement().getProperty("paused", true)).isFalse();
        assertThat(wipeScripts()).isEmpty();
    }

    @Test
    void when_nobody_answers_the_session_is_wiped() throws IOException {
        navigate(HomeView.class);
        var file = Files.writeString(sessions.temporaryDirectory(UI.getCurrent().getSession()).resolve("cv.pdf"), "x");
        var watcher = $(IdleWatcher.class).single();
        ComponentUtil.fireEvent(watcher, new IdleWatcher.IdleEvent(watcher, true));
        var countdown = $(Countdown.class).single();

        ComponentUtil.fireEvent(countdown, new Countdown.FinishedEvent(countdown, true));

        assertThat(wipeScripts()).hasSize(1);
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void stop_wipes_the_session_and_its_files() throws IOException {
        navigate(HelpView.class);
        var file = Files.writeString(sessions.temporaryDirectory(UI.getCurrent().getSession()).resolve("letter.txt"), "x");

        test(button("top-stop")).click();

        assertThat(wipeScripts()).singleElement().satisfies(parameters -> assertThat(parameters).contains("/session-ended"));
        assertThat(file).doesNotExist();
    }

    @Test
    void an_address_that_does_not_exist_gets_a_plain_explanation() {
        navigate("this/does/not/exist", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Deze pagina bestaat niet");
        test(button("problem-home")).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void the_failure_screen_starts_clean_instead_of_carrying_the_session_on() {
        // it has no top bar and no idle watch: whoever finds it left behind must not get the session
        navigate(HelpView.class);
        UI.getCurrent().add(new ProblemView(sessions));

        assertThat($(H1.class).withText("Er ging iets mis").exists()).isTrue();
        test(button("problem-home")).click();

        assertThat(wipeScripts()).singleElement().satisfies(parameters -> assertThat(parameters).contains("/session-ended"));
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private Section section(String id) {
        return $(Section.class).withId(id).single();
    }

    /** The parameters of every pending "clear the browser and leave" script. */
    private static List<String> wipeScripts() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(invocation -> invocation.getExpression().contains("localStorage.clear()"))
                .map(invocation -> invocation.getParameters().toString())
                .toList();
    }
}
