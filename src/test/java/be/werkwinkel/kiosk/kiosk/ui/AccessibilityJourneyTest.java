package be.werkwinkel.kiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core in headless Chromium: no serious or critical violation on the shell's screens. */
@BrowserJourney
class AccessibilityJourneyTest {

    @LocalServerPort
    int port;

    KioskBrowser browser;

    @BeforeEach
    void startBrowser() {
        browser = new KioskBrowser(port, "accessibility");
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void the_attract_screen_has_no_serious_violations() {
        browser.open("/");
        browser.waitFor(By.cssSelector("main.kiosk-attract"));

        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void home_and_help_have_no_serious_violations_in_each_language(String language) {
        browser.open("/");
        browser.tap(By.id("start-" + language));
        assertThat((String) browser.script("return document.documentElement.lang")).isEqualTo(language);
        assertThat(browser.seriousAccessibilityViolations()).as("home in %s", language).isEmpty();

        browser.tap(By.id("tile-help"));
        assertThat(browser.seriousAccessibilityViolations()).as("help in %s", language).isEmpty();
    }

    @Test
    void high_contrast_and_larger_text_have_no_serious_violations() {
        browser.open("/");
        browser.tap(By.id("start-nl"));
        browser.tap(By.id("toggle-high-contrast"));
        browser.tap(By.id("toggle-large-text"));
        browser.screenshot("home-high-contrast");
        assertThat(browser.seriousAccessibilityViolations()).as("home").isEmpty();

        browser.tap(By.id("tile-help"));
        browser.screenshot("help-high-contrast");
        assertThat(browser.seriousAccessibilityViolations()).as("help").isEmpty();
    }

    @Test
    void the_appointment_start_has_no_serious_violations() {
        browser.open("/");
        browser.tap(By.id("start-nl"));
        browser.tap(By.id("tile-appointment"));
        browser.waitFor(By.id("appt-start-new"));
        browser.screenshot("appointment-start");

        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void the_scan_does_find_a_violation_when_there_is_one() {
        browser.open("/");
        browser.tap(By.id("start-nl"));
        browser.script("document.querySelector('.kiosk-content').appendChild(document.createElement('button'))");

        assertThat(browser.seriousAccessibilityViolations()).anyMatch(line -> line.contains("button-name"));
    }
}
