package be.werkwinkel.kiosk.terminal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator locks the standalone kiosk from the console: the kiosk's own browser shows the
 * lock within 2 seconds, the console shows the command's result by itself, and unlock gives the
 * kiosk back. Two browsers: the staff member's and the kiosk's.
 */
@BrowserJourney
class ConsoleLockJourneyTest {

    private static final String PASSWORD = "een-lang-wachtwoord";
    private static final By LOCK = By.id("kiosk-lock");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Terminals terminals;

    @Autowired
    KioskScreens screens;

    KioskBrowser staff;
    KioskBrowser kiosk;
    String username;
    TerminalId local;

    @BeforeEach
    void start() {
        username = "beheer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create("test", username, "Bea Heerder", Role.ADMIN, PASSWORD);
        local = terminals.localKiosk().orElseThrow();
        kiosk = new KioskBrowser(port, "terminal-console-kiosk");
        staff = new KioskBrowser(port, "terminal-console");
    }

    @AfterEach
    void stop() {
        terminals.send(local, CommandKind.UNLOCK, null, "test");
        kiosk.until(d -> screens.lockMessage().isEmpty(), Duration.ofSeconds(15)); // other journeys share this kiosk
        staff.close();
        kiosk.close();
    }

    @Test
    void an_administrator_locks_the_kiosk_from_the_console_and_unlocks_it() {
        kiosk.open("/");
        kiosk.tap(By.id("start-nl"));

        staff.open("/admin/terminals");
        signIn();
        staff.until(driver -> staff.currentPath().startsWith("/admin/terminals"), Duration.ofSeconds(10));
        staff.waitFor(By.id("terminals-grid"));
        staff.tap(By.id("staff-language-en"));
        var name = terminals.find(local).orElseThrow().name();
        staff.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + name + "']")).click();
        staff.waitFor(By.id("terminal-details"));
        staff.screenshot("1-overview");
        assertThat(staff.seriousAccessibilityViolations()).as("terminals console").isEmpty();

        staff.waitFor(By.cssSelector("#terminal-lock-message textarea")).sendKeys("Even buiten gebruik.");
        staff.waitFor(By.id("terminal-lock")).click();
        var sent = System.nanoTime();
        // the 2 s goal is measured by src/benchmark/terminals.sh; here the wait includes a page reload after the wipe
        kiosk.until(d -> d.findElements(LOCK).stream().anyMatch(WebElement::isDisplayed), Duration.ofSeconds(15));
        System.out.printf("Lock shown on the kiosk %d ms after the click%n", (System.nanoTime() - sent) / 1_000_000);
        assertThat(kiosk.text(LOCK)).contains("Buiten gebruik", "Even buiten gebruik.");
        kiosk.screenshot("2-kiosk-locked");

        // the console follows by itself: the command's result and the terminal's state, by push
        // the kiosk's visitor was sent back to the start before the lock (other journeys' sessions may count too)
        staff.until(d -> d.findElements(By.xpath(
                "//vaadin-grid-cell-content[starts-with(normalize-space(), 'locked; sessions wiped: ')]")).size() > 0,
                Duration.ofSeconds(10));
        staff.until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content//span[normalize-space()='Locked']"))
                .size() > 0, Duration.ofSeconds(20));
        staff.screenshot("3-console-after-lock");

        staff.waitFor(By.id("terminal-unlock")).click();
        kiosk.until(d -> d.findElements(LOCK).stream().noneMatch(WebElement::isDisplayed), Duration.ofSeconds(15));
        kiosk.tap(By.id("start-nl"));
        kiosk.tap(By.id("tile-help"));
        assertThat(kiosk.text(By.cssSelector(".kiosk-content h1"))).isNotBlank();
    }

    private void signIn() {
        staff.waitFor(By.cssSelector("#staff-login-form vaadin-text-field[name='username'] input")).sendKeys(username);
        staff.waitFor(By.cssSelector("#staff-login-form vaadin-password-field[name='password'] input"))
                .sendKeys(PASSWORD, Keys.ENTER);
    }
}
