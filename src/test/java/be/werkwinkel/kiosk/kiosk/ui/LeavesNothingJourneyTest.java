package be.werkwinkel.kiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After Stop nothing of the visitor comes back: not through the browser's history, not through an
 * old address, not from the on-screen keyboard's memory; and Stop is fast, measured in the browser.
 */
@BrowserJourney
class LeavesNothingJourneyTest {

    private static final By ATTRACT = By.cssSelector("main.kiosk-attract");
    private static final By CARDS = By.cssSelector("a.vacancy-card");
    private static final By KEYBOARD = By.tagName("kiosk-keyboard");

    @LocalServerPort
    int port;

    @Autowired
    VacancyImport imports;

    KioskBrowser browser;

    @BeforeEach
    void startBrowser() {
        TestVacancies.load(imports);
        browser = new KioskBrowser(port, "leaves-nothing");
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void back_and_old_addresses_after_stop_show_the_attract_screen_not_the_visitors_pages() {
        browser.open("/");
        browser.tap(By.id("start-nl"));
        browser.tap(By.id("tile-vacancies"));
        browser.tap(CARDS);
        browser.waitFor(By.cssSelector(".vacancy-details h1"));
        var vacancyAddress = browser.currentPath();
        assertThat(vacancyAddress).startsWith("/vacancies/");

        browser.tapElement(browser.waitFor(By.id("top-stop")));
        browser.until(d -> !d.findElements(ATTRACT).isEmpty(), Duration.ofSeconds(10));
        browser.waitForVaadin();

        browser.driver().navigate().back();
        browser.waitForVaadin();
        assertAttractScreen("Back once");
        browser.driver().navigate().back();
        browser.waitForVaadin();
        assertAttractScreen("Back twice");
        browser.screenshot("back-twice-after-stop");

        browser.open(vacancyAddress);
        assertAttractScreen("the vacancy's address loaded again");
        browser.open("/vacancies");
        assertAttractScreen("the search's address loaded again");
    }

    @Test
    void the_keyboard_forgets_what_was_typed_when_it_closes_and_at_the_wipe() {
        browser.open("/");
        browser.tap(By.id("start-nl"));
        browser.tap(By.id("tile-vacancies"));
        browser.tap(By.cssSelector("#vacancy-what input"));
        browser.until(d -> browser.waitFor(KEYBOARD).getAttribute("open") != null, Duration.ofSeconds(5));
        tapKey("a");
        tapKey("b");
        assertThat(keyboardMemory()).as("what simple-keyboard keeps of the keys").isEqualTo("ab");

        tapKey("{hide}");
        browser.until(d -> d.findElement(KEYBOARD).getAttribute("open") == null, Duration.ofSeconds(5));
        assertThat(keyboardMemory()).as("after closing").isEmpty();

        browser.tap(By.cssSelector("#vacancy-near input"));
        browser.until(d -> browser.driver().findElement(KEYBOARD).getAttribute("open") != null, Duration.ofSeconds(5));
        tapKey("g");
        assertThat(keyboardMemory()).isEqualTo("g");
        // what the wipe's script announces before the page goes (VisitorSessionService)
        browser.script("window.dispatchEvent(new Event('kiosk-session-wipe'))");
        assertThat(keyboardMemory()).as("after the wipe's announcement").isEmpty();
    }

    @Test
    void stop_reaches_the_attract_screen_on_a_new_page_and_the_time_is_measured_in_the_browser() {
        browser.open("/");
        browser.tap(By.id("start-fr"));
        browser.tap(By.id("tile-help"));
        var stop = browser.waitFor(By.id("top-stop"));

        double tapped = ((Number) browser.script("return performance.timeOrigin + performance.now()")).doubleValue();
        browser.tapElement(stop);
        browser.until(d -> !d.findElements(ATTRACT).isEmpty(), Duration.ofSeconds(10));
        browser.waitForVaadin();
        double shown = ((Number) browser.script("""
                const mark = performance.getEntriesByName('kiosk-screen-shown')[0];
                return performance.timeOrigin + mark.startTime;""")).doubleValue();

        var millis = Math.round(shown - tapped);
        String steps = browser.script("""
                const n = performance.getEntriesByType('navigation')[0];
                return 'new page requested ' + Math.round(performance.timeOrigin - arguments[0]) + ' ms after the tap, answered '
                  + Math.round(n.responseEnd) + ' ms later, scripts run ' + Math.round(n.domContentLoadedEventEnd)
                  + ' ms, attract screen shown ' + Math.round(performance.getEntriesByName('kiosk-screen-shown')[0].startTime) + ' ms';""",
                tapped);
        System.out.println("Stop to attract screen, measured in the browser: " + millis + " ms (" + steps + ")");
        // The target (under 1 s) is a figure to read, printed above and kept in the README, not a
        // timed assertion: on a busy 2-core machine it moves by hundreds of milliseconds. This
        // bound only catches a Stop that hangs or waits for a server round trip that times out.
        assertThat(millis).as("from the tap to the attract screen on the new page").isBetween(0L, 5_000L);
    }

    private void assertAttractScreen(String after) {
        browser.until(d -> !d.findElements(ATTRACT).isEmpty(), Duration.ofSeconds(10));
        assertThat(browser.currentPath()).as(after).isEqualTo("/");
        assertThat(browser.driver().findElements(By.cssSelector(".vacancy-details, .vacancy-search"))).as(after).isEmpty();
    }

    private String keyboardMemory() {
        return browser.script("return document.querySelector('kiosk-keyboard').keyboard.getInput()");
    }

    private void tapKey(String key) {
        WebElement button = browser.waitFor(KEYBOARD).getShadowRoot().findElement(By.cssSelector("[data-skbtn='" + key + "']"));
        browser.tapElement(button);
    }
}
