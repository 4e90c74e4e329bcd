package be.werkwinkel.kiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Screens that keep their promises: one-row top bar, big clear buttons, titles, scroll, lost connection. */
@BrowserJourney
class ScreensJourneyTest {

    private static final By ATTRACT = By.cssSelector("main.kiosk-attract");
    private static final By KEYBOARD = By.tagName("kiosk-keyboard");
    private static final By WHAT = By.cssSelector("#vacancy-what input");

    @LocalServerPort
    int port;

    @Autowired
    VacancyImport imports;

    KioskBrowser browser;

    @BeforeEach
    void startBrowser() {
        TestVacancies.load(imports);
        browser = new KioskBrowser(port, "screens");
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    static Stream<Arguments> screensAndTextSizes() {
        return Stream.of(
                Arguments.of(KioskBrowser.SMALL, false, "fr"), Arguments.of(KioskBrowser.SMALL, true, "fr"),
                Arguments.of(KioskBrowser.SMALL, true, "nl"), Arguments.of(KioskBrowser.FULL_HD, false, "nl"),
                Arguments.of(KioskBrowser.FULL_HD, true, "fr"));
    }

    @ParameterizedTest(name = "{0} larger text {1} in {2}")
    @MethodSource("screensAndTextSizes")
    void the_top_bar_stays_one_row_and_never_covers_the_field_being_typed_in(Dimension screen, boolean largerText,
            String language) {
        browser.resize(screen);
        browser.open("/");
        browser.tap(By.id("start-" + language));
        if (largerText) {
            browser.tap(By.id("toggle-large-text"));
        }
        var name = language + (largerText ? "-larger-text" : "-normal-text");
        assertThat(topBarRows()).as("home: rows of the top bar").isEqualTo(1);
        browser.screenshot("home-" + name);

        browser.tap(By.id("tile-vacancies"));
        browser.waitFor(By.id("vacancy-count"));
        assertThat(topBarRows()).as("search: rows of the top bar").isEqualTo(1);
        browser.tap(WHAT);
        browser.until(d -> browser.waitFor(KEYBOARD).getAttribute("open") != null, Duration.ofSeconds(5));
        browser.until(d -> Boolean.TRUE.equals(browser.script("return document.documentElement.classList.contains('kiosk-keyboard-open')")),
                Duration.ofSeconds(5));
        // the keyboard makes room again each time its height changes (keys laid out, fonts in): wait
        // until it leaves the field in sight (a keyboard that never does fails here), then check and picture it
        browser.until(d -> {
            Map<String, Number> now = browser.script("""
                    const field = document.querySelector('#vacancy-what input').getBoundingClientRect();
                    const keyboard = document.querySelector('kiosk-keyboard').getBoundingClientRect();
                    return {fieldBottom: field.bottom, keyboardTop: keyboard.top};""");
            return now.get("fieldBottom").doubleValue() <= now.get("keyboardTop").doubleValue();
        }, Duration.ofSeconds(5));
        browser.screenshot("search-keyboard-" + name);
        Map<String, Number> field = browser.script("""
                const bar = document.querySelector('.kiosk-top-bar').getBoundingClientRect();
                const field = document.querySelector('#vacancy-what input').getBoundingClientRect();
                const keyboard = document.querySelector('kiosk-keyboard').getBoundingClientRect();
                return {barBottom: bar.bottom, fieldTop: field.top, fieldBottom: field.bottom, keyboardTop: keyboard.top};""");
        assertThat(field.get("fieldTop").doubleValue()).as("the field is below the top bar")
                .isGreaterThanOrEqualTo(field.get("barBottom").doubleValue());
        assertThat(field.get("fieldBottom").doubleValue()).as("the field is above the keyboard")
                .isLessThanOrEqualTo(field.get("keyboardTop").doubleValue());
    }

    @Test
    void the_clear_buttons_in_text_fields_are_large_enough_for_a_finger() {
        browser.resize(KioskBrowser.SMALL);
        openSearch("nl");
        browser.script("""
                for (const id of ['vacancy-what', 'vacancy-near']) {
                  const field = document.getElementById(id);
                  field.value = 'gent';
                }""");
        browser.waitForVaadin();
        List<String> sizes = browser.script("""
                return ['vacancy-what', 'vacancy-near'].map(id => {
                  const clear = document.getElementById(id).shadowRoot.querySelector('[part~="clear-button"]');
                  const r = clear.getBoundingClientRect();
                  return Math.round(r.width) + 'x' + Math.round(r.height);
                });""");
        browser.screenshot("clear-buttons");

        assertThat(sizes).hasSize(2).allSatisfy(size -> {
            var parts = size.split("x");
            assertThat(Integer.parseInt(parts[0])).as(size).isGreaterThanOrEqualTo(48);
            assertThat(Integer.parseInt(parts[1])).as(size).isGreaterThanOrEqualTo(48);
        });
    }

    @Test
    void the_page_that_does_not_exist_has_a_title_and_no_serious_accessibility_violations() {
        openSearch("en");
        // an address that does not exist, followed inside the app (loaded from outside, it is the attract screen)
        browser.script("""
                const a = document.createElement('a');
                a.id = 'nowhere'; a.href = 'no-such-screen'; a.setAttribute('router-link', ''); a.textContent = 'nowhere';
                document.querySelector('.kiosk-content').prepend(a);""");
        browser.tap(By.id("nowhere"));
        browser.until(d -> browser.currentPath().equals("/no-such-screen"), Duration.ofSeconds(5));
        browser.waitFor(By.id("problem-home"));
        browser.screenshot("not-found");

        assertThat(browser.driver().getTitle()).isEqualTo("This page does not exist");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void coming_back_from_a_vacancy_keeps_the_results_where_they_were() {
        browser.resize(KioskBrowser.SMALL);
        openSearch("nl");
        var cards = browser.driver().findElements(By.cssSelector("a.vacancy-card"));
        var farDown = cards.get(cards.size() - 2);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", farDown);
        long scrolled = browser.script("return Math.round(window.scrollY)");
        assertThat(scrolled).as("the results are scrolled").isGreaterThan(300);

        browser.tapElement(farDown);
        browser.waitFor(By.cssSelector(".vacancy-details h1"));
        assertThat((long) browser.script("return Math.round(window.scrollY)")).as("a vacancy opens at its top").isZero();
        browser.tap(By.id("vacancy-back"));
        browser.waitFor(By.id("vacancy-count"));
        browser.until(d -> Math.abs((long) browser.script("return Math.round(window.scrollY)") - scrolled) <= 2,
                Duration.ofSeconds(5));
        browser.screenshot("back-from-a-vacancy");
    }

    @Test
    void a_lost_connection_says_so_plainly_in_the_screens_language_and_the_kiosk_comes_back_by_itself() {
        browser.resize(KioskBrowser.SMALL);
        openSearch("fr");
        var driver = (org.openqa.selenium.chromium.ChromiumDriver) browser.driver();

        var offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        browser.script("window.dispatchEvent(new Event('offline'))");
        var notice = browser.waitFor(By.id("kiosk-offline"));
        browser.until(d -> notice.getAttribute("shown") != null, Duration.ofSeconds(10));
        browser.screenshot("connection-lost-fr");
        var text = notice.getShadowRoot().findElement(By.cssSelector(".box")).getText();
        assertThat(text).contains("Le kiosque est momentanément indisponible").doesNotContain("Connection lost");
        assertThat((Boolean) browser.script("""
                const message = document.querySelector('vaadin-connection-indicator .v-status-message');
                return message === null || getComputedStyle(message).display === 'none';""")).as("Vaadin's bar").isTrue();

        // meanwhile the server restarted and forgot the session; back online, the kiosk starts over
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        driver.deleteNetworkConditions();
        browser.script("window.dispatchEvent(new Event('online'))");
        browser.until(d -> !d.findElements(ATTRACT).isEmpty(), Duration.ofSeconds(30));
        browser.waitForVaadin();
        browser.screenshot("connection-back");
        assertThat(browser.currentPath()).isEqualTo("/");
    }

    private int topBarRows() {
        long rows = browser.script("""
                const tops = new Set();
                for (const child of document.querySelector('.kiosk-top-bar').children) {
                  const r = child.getBoundingClientRect();
                  if (r.width > 0 && r.height > 0) { tops.add(Math.round((r.top + r.bottom) / 2 / 10)); }
                }
                return tops.size;""");
        return (int) rows;
    }

    private void openSearch(String language) {
        browser.open("/");
        browser.tap(By.id("start-" + language));
        browser.tap(By.id("tile-vacancies"));
        browser.waitFor(By.id("vacancy-count"));
    }
}
