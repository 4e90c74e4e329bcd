package be.werkwinkel.kiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shell as a visitor meets it, in real headless Chromium, by touch only. */
@BrowserJourney
class ShellJourneyTest {

    private static final By ATTRACT = By.cssSelector("main.kiosk-attract");
    private static final By TITLE = By.cssSelector(".kiosk-content h1");

    @LocalServerPort
    int port;

    @Autowired
    VisitorSessions sessions;

    KioskBrowser browser;

    @BeforeEach
    void startBrowser() {
        browser = new KioskBrowser(port, "shell");
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    static Stream<Dimension> screens() {
        return Stream.of(KioskBrowser.FULL_HD, KioskBrowser.SMALL);
    }

    @ParameterizedTest
    @MethodSource("screens")
    void attract_then_home_then_french_then_stop_returns_to_the_attract_screen(Dimension screen) {
        browser.resize(screen);
        browser.open("/");
        browser.waitFor(ATTRACT);
        browser.screenshot("1-attract");

        browser.tap(By.id("start-nl"));
        assertThat(browser.text(TITLE)).isEqualTo("Wat wilt u doen?");
        browser.screenshot("2-home");

        browser.tap(By.id("language-fr"));
        browser.until(d -> browser.text(TITLE).equals("Que voulez-vous faire ?"), Duration.ofSeconds(5));
        assertThat(browser.text(By.id("top-stop"))).isEqualTo("Arrêter");
        assertThat((String) browser.script("return document.documentElement.lang")).isEqualTo("fr");
        browser.screenshot("3-home-french");

        browser.tap(By.id("tile-help"));
        assertThat(browser.text(TITLE)).isEqualTo("Aide");
        browser.screenshot("4-help-french");

        var stop = browser.waitFor(By.id("top-stop"));
        double tapped = ((Number) browser.script("return performance.timeOrigin + performance.now()")).doubleValue();
        browser.tapElement(stop);
        // wiped: the session-ended page has cleared cookies and storage and sent the browser home
        browser.until(d -> browser.currentPath().equals("/"), java.time.Duration.ofSeconds(5));
        browser.waitFor(ATTRACT);
        browser.waitForVaadin();
        // measured in the browser (the attract screen's lockdown marks when it was shown), not
        // with WebDriver's polling, which on a busy machine adds its own delays
        double shown = ((Number) browser.script(
                "return performance.timeOrigin + performance.getEntriesByName('kiosk-screen-shown')[0].startTime")).doubleValue();
        var wipeMillis = Math.round(shown - tapped);
        browser.screenshot("5-attract-after-stop");
        System.out.println("Stop to wiped and back at the attract screen: " + wipeMillis + " ms");
        // a figure to read (target under 1 s, see the README), not a timed assertion: this bound
        // only catches a wipe that hangs
        assertThat(wipeMillis).as("the wipe").isLessThan(5_000);

        browser.tap(By.cssSelector("main.kiosk-attract h1"));
        assertThat(browser.text(TITLE)).as("the French choice went with the session").isEqualTo("Wat wilt u doen?");
    }

    @Test
    void a_reset_from_the_server_sends_the_browser_back_to_the_attract_screen() {
        browser.open("/");
        browser.tap(By.id("start-en"));
        browser.tap(By.id("tile-help"));
        assertThat(browser.text(TITLE)).isEqualTo("Help");

        var wiped = sessions.wipeAll(SessionEndReason.STAFF_RESET);

        assertThat(wiped).isPositive();
        browser.until(d -> !d.findElements(ATTRACT).isEmpty(), Duration.ofSeconds(5));
        browser.waitForVaadin();
        browser.tap(By.id("start-nl"));
        assertThat(browser.text(TITLE)).isEqualTo("Wat wilt u doen?");
    }

    @ParameterizedTest
    @MethodSource("screens")
    void every_control_is_large_enough_for_a_finger(Dimension screen) {
        browser.resize(screen);
        browser.open("/");
        browser.waitFor(ATTRACT);
        assertThat(browser.tooSmallTouchTargets()).as("attract").isEmpty();

        browser.tap(By.id("start-fr"));
        assertThat(browser.tooSmallTouchTargets()).as("home").isEmpty();
        browser.tap(By.id("toggle-large-text"));
        browser.screenshot("home-large-text");
        browser.tap(By.id("tile-help"));
        assertThat(browser.tooSmallTouchTargets()).as("help").isEmpty();
        browser.screenshot("help-large-text");
    }

    @Test
    void the_page_keeps_the_visitor_inside_the_app() {
        browser.open("/");
        browser.tap(By.id("start-nl"));

        Boolean contextMenuBlocked = browser.script("""
                const e = new MouseEvent('contextmenu', {bubbles: true, cancelable: true});
                document.querySelector('h1').dispatchEvent(e);
                return e.defaultPrevented;""");
        Boolean dragBlocked = browser.script("""
                const e = new DragEvent('dragstart', {bubbles: true, cancelable: true});
                document.querySelector('h1').dispatchEvent(e);
                return e.defaultPrevented;""");
        Boolean zoomKeyBlocked = browser.script("""
                const e = new KeyboardEvent('keydown', {key: '+', ctrlKey: true, bubbles: true, cancelable: true});
                document.body.dispatchEvent(e);
                return e.defaultPrevented;""");
        Object newWindow = browser.script("return window.open('https://example.org')");
        browser.script("""
                const a = document.createElement('a');
                a.id = 'outside'; a.href = 'https://example.org/'; a.textContent = 'outside';
                document.querySelector('.kiosk-content').appendChild(a);""");
        browser.tap(By.id("outside"));

        assertThat(contextMenuBlocked).isTrue();
        assertThat(dragBlocked).isTrue();
        assertThat(zoomKeyBlocked).isTrue();
        assertThat(newWindow).isNull();
        assertThat(browser.driver().getWindowHandles()).hasSize(1);
        assertThat(browser.currentPath()).isEqualTo("/home");
    }
}
