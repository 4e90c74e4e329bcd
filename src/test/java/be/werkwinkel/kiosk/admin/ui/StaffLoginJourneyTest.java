package be.werkwinkel.kiosk.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.mail.MailOutbox;
import be.werkwinkel.kiosk.mail.OutgoingMail;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancySearched;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/** A staff member signs in, works in the console in another language (accounts, audit log, PIN, usage statistics), signs out; axe-core on each screen. */
@BrowserJourney
class StaffLoginJourneyTest {

    private static final String PASSWORD = "een-lang-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    VacancyImport imports;

    @Autowired
    MailOutbox outbox;

    @Autowired
    ApplicationEventPublisher events;

    KioskBrowser browser;
    String username;

    @BeforeEach
    void startBrowser() {
        username = "beheer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create("test", username, "Bea Heerder", Role.ADMIN, PASSWORD);
        browser = new KioskBrowser(port, "staff-login");
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void an_administrator_signs_in_manages_accounts_in_french_and_signs_out() {
        browser.open("/admin/staff");
        browser.waitFor(By.id("staff-login-form"));
        assertThat(browser.currentPath()).startsWith("/admin/login");
        browser.screenshot("login");
        assertThat(browser.seriousAccessibilityViolations()).as("sign-in").isEmpty();

        signIn(username, PASSWORD);

        // back to the screen asked for (Spring Security marks the saved request with ?continue)
        browser.until(driver -> browser.currentPath().startsWith("/admin/staff"), Duration.ofSeconds(10));
        browser.waitFor(By.id("staff-grid"));
        browser.tap(By.id("staff-language-nl")); // the console starts in the browser's language
        assertThat(browser.text(By.id("staff-who"))).isEqualTo("Aangemeld als Bea Heerder (" + username + ")");
        browser.screenshot("staff-accounts");
        assertThat(browser.seriousAccessibilityViolations()).as("staff accounts").isEmpty();

        browser.tap(By.id("staff-language-fr"));
        browser.until(driver -> browser.text(By.id("staff-sign-out")).equals("Se déconnecter"), Duration.ofSeconds(5));
        browser.tap(By.id("staff-create"));
        browser.waitFor(By.id("staff-form-username"));
        browser.screenshot("new-account-fr");
        assertThat(browser.seriousAccessibilityViolations()).as("new account dialog").isEmpty();
        browser.tap(By.id("staff-form-cancel"));

        browser.open("/admin/audit");
        browser.waitFor(By.id("audit-grid"));
        assertThat(browser.seriousAccessibilityViolations()).as("audit log").isEmpty();
        browser.open("/admin/visitor-pin");
        browser.waitFor(By.id("pin-username"));
        assertThat(browser.seriousAccessibilityViolations()).as("visitor PIN").isEmpty();

        usageToShow();
        browser.open("/admin/statistics");
        browser.waitFor(By.id("statistics-summary"));
        // Chart.js has drawn the bars: the canvas has its size and is no longer blank
        browser.until(driver -> browser.<Boolean>script("""
                const chart = document.getElementById('statistics-terms-chart');
                const canvas = chart && chart.shadowRoot && chart.shadowRoot.querySelector('canvas');
                if (!canvas || canvas.width === 0) return false;
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                return pixels.some(value => value !== 0);"""), Duration.ofSeconds(10));
        assertThat(browser.<String>script("return document.getElementById('statistics-terms-chart')"
                + ".shadowRoot.querySelector('canvas').getAttribute('aria-label')")).contains("heftruckchauffeur");
        browser.script("document.querySelectorAll('.staff-statistics details').forEach(d => d.open = true)");
        assertThat(browser.text(By.id("statistics-terms-table"))).contains("heftruckchauffeur");
        browser.screenshot("statistics-fr");
        browser.script("document.getElementById('statistics-terms').scrollIntoView()");
        browser.screenshot("statistics-terms-fr");
        assertThat(browser.seriousAccessibilityViolations()).as("statistics").isEmpty();

        // content status (still in French): the feeds, one of them broken, then a rebuild of the
        // index whose outcome arrives by server push, without a reload
        TestVacancies.load(imports);
        imports.importStream(new ByteArrayInputStream("<html>502 Bad Gateway</html>".getBytes(StandardCharsets.UTF_8)),
                "kapot.json", new VacancyImport.FeedOptions("kapotte-feed", false));
        browser.open("/admin/content/vacancies");
        browser.waitFor(By.id("feeds-summary"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Contenu : offres d’emploi");
        browser.screenshot("content-vacancies-fr");
        assertThat(browser.seriousAccessibilityViolations()).as("content status, vacancies").isEmpty();
        assertThat(browser.tooSmallTouchTargets()).as("content status, vacancies").isEmpty();
        browser.tap(By.id("feeds-rebuild-index"));
        browser.until(driver -> "done".equals(browser.script(
                "return document.getElementById('feeds-task')?.dataset.state")), Duration.ofSeconds(30));
        assertThat(browser.text(By.id("feeds-task-outcome"))).startsWith("En ordre");
        browser.screenshot("content-vacancies-rebuilt-fr");
        assertThat(browser.seriousAccessibilityViolations()).as("content status after a rebuild").isEmpty();

        browser.tap(By.id("staff-language-nl"));
        outbox.queue(new OutgoingMail(UUID.randomUUID(), "fatima.el-amrani@example.be", "Sollicitatie", "Beste",
                List.of()));
        browser.open("/admin/content/mail");
        browser.waitFor(By.id("mail-summary"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Inhoud: e-mail");
        browser.screenshot("content-mail");
        assertThat(browser.seriousAccessibilityViolations()).as("content status, mail").isEmpty();
        assertThat(browser.tooSmallTouchTargets()).as("content status, mail").isEmpty();
        assertThat(browser.text(By.id("mail-grid"))).contains("f•••@e•••.be").doesNotContain("fatima", "Sollicitatie");
        browser.resize(KioskBrowser.SMALL);
        browser.open("/admin/content/vacancies");
        browser.waitFor(By.id("feeds-summary"));
        browser.screenshot("content-vacancies");
        assertThat(browser.tooSmallTouchTargets()).as("content status at 1366 × 768").isEmpty();
        browser.resize(KioskBrowser.FULL_HD);

        browser.tap(By.id("staff-sign-out"));
        browser.waitFor(By.id("staff-login-form"));
        browser.open("/admin/staff");
        browser.waitFor(By.id("staff-login-form"));
        assertThat(browser.currentPath()).startsWith("/admin/login");
    }

    @Test
    void a_wrong_password_says_so_without_saying_why() {
        browser.open("/admin/login");

        signIn(username, "niet-het-wachtwoord");

        browser.until(driver -> browser.currentPath().equals("/admin/login?error"), Duration.ofSeconds(10));
        browser.waitFor(By.id("staff-login-form"));
        assertThat((Boolean) browser.script("return document.getElementById('staff-login-form').error")).isTrue();
        assertThat(browser.seriousAccessibilityViolations()).as("sign-in with error").isEmpty();
    }

    /** Five visitor sessions today that searched the same word, as the kiosk screens would report them. */
    private void usageToShow() {
        var now = Instant.now();
        for (int i = 0; i < 5; i++) {
            var session = "journey-" + UUID.randomUUID();
            events.publishEvent(new VacancySearched("Heftruckchauffeur", session, now));
            events.publishEvent(new VisitorSessionEnded(session, SessionEndReason.STOPPED, KioskLanguage.FRENCH,
                    now.minusSeconds(60L * (i + 1)), now));
        }
    }

    private void signIn(String name, String password) {
        var user = browser.waitFor(By.cssSelector("#staff-login-form vaadin-text-field[name='username'] input"));
        user.sendKeys(name);
        var secret = browser.waitFor(By.cssSelector("#staff-login-form vaadin-password-field[name='password'] input"));
        secret.sendKeys(password, Keys.ENTER);
    }
}
