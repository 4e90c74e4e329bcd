package be.werkwinkel.kiosk.appointment.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator goes through the appointment screens of the console in each language; axe-core on each. */
@BrowserJourney
class AppointmentStaffJourneyTest {

    private static final String PASSWORD = "een-lang-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    KioskBrowser browser;

    @BeforeEach
    void signIn() {
        var username = "planner-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create("test", username, "Plan Ner", Role.ADMIN, PASSWORD);
        browser = new KioskBrowser(port, "appointment-staff");
        browser.open("/admin/login");
        browser.waitFor(By.cssSelector("#staff-login-form vaadin-text-field[name='username'] input")).sendKeys(username);
        browser.waitFor(By.cssSelector("#staff-login-form vaadin-password-field[name='password'] input"))
                .sendKeys(PASSWORD, Keys.ENTER);
        browser.until(driver -> browser.currentPath().startsWith("/admin") && !browser.currentPath().startsWith(
                "/admin/login"), Duration.ofSeconds(10));
        browser.waitFor(By.id("staff-navigation"));
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void every_appointment_screen_has_no_serious_violations(String language) {
        browser.tap(By.id("staff-language-" + language));

        browser.open("/admin/agenda");
        browser.waitFor(By.id("agenda-grid"));
        browser.tap(By.cssSelector("#agenda-span vaadin-radio-button:nth-of-type(2)"));
        browser.screenshot("agenda-week-" + language);
        assertThat(browser.seriousAccessibilityViolations()).as("agenda").isEmpty();

        browser.open("/admin/appointment-types");
        browser.waitFor(By.id("types-grid"));
        assertThat(browser.seriousAccessibilityViolations()).as("types").isEmpty();
        browser.tap(By.id("types-create"));
        browser.waitFor(By.id("type-code"));
        browser.screenshot("new-type-" + language);
        assertThat(browser.seriousAccessibilityViolations()).as("new type").isEmpty();

        browser.open("/admin/sites");
        browser.waitFor(By.id("sites-grid"));
        assertThat(browser.seriousAccessibilityViolations()).as("sites").isEmpty();
        browser.tap(By.id("sites-create"));
        browser.waitFor(By.id("site-name"));
        assertThat(browser.seriousAccessibilityViolations()).as("new site").isEmpty();

        browser.open("/admin/consultants");
        browser.waitFor(By.id("consultants-grid"));
        browser.screenshot("consultants-" + language);
        assertThat(browser.seriousAccessibilityViolations()).as("consultants").isEmpty();
        browser.tap(By.id("consultants-create"));
        browser.waitFor(By.id("consultant-name"));
        assertThat(browser.seriousAccessibilityViolations()).as("new consultant").isEmpty();
    }
}
