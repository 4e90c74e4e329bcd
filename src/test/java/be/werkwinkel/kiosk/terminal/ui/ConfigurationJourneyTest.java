package be.werkwinkel.kiosk.terminal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.terminal.KioskSetups;
import be.werkwinkel.kiosk.terminal.SetupOverrides;
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
 * An administrator configures the standalone kiosk from the console (no appointments, no English,
 * no printing, a shorter idle timeout) while a visitor has its home screen open: within seconds,
 * without a reload, the open kiosk screen loses the appointment tile and the English button, and
 * the help screen offers only what is left. Two browsers: the staff member's and the kiosk's.
 */
@BrowserJourney
class ConfigurationJourneyTest {

    private static final String PASSWORD = "een-lang-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Terminals terminals;

    @Autowired
    KioskSetups setups;

    @Autowired
    KioskScreens screens;

    KioskBrowser staff;
    KioskBrowser kiosk;
    String username;
    TerminalId local;

    @BeforeEach
    void start() {
        username = "instel-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create("test", username, "Ine Steller", Role.ADMIN, PASSWORD);
        local = terminals.localKiosk().orElseThrow();
        kiosk = new KioskBrowser(port, "configuration-kiosk");
        staff = new KioskBrowser(port, "configuration-console");
    }

    @AfterEach
    void stop() {
        // other journeys share this application: give the kiosk back its properties' configuration
        setups.saveTerminal(local, SetupOverrides.NONE, "test");
        kiosk.until(d -> screens.setup().equals(setups.effective(local)), Duration.ofSeconds(15));
        staff.close();
        kiosk.close();
    }

    @Test
    void a_configuration_saved_in_the_console_reaches_the_open_kiosk_screen_without_a_reload() {
        kiosk.open("/");
        kiosk.tap(By.id("start-nl"));
        kiosk.waitFor(By.id("tile-appointment"));
        assertThat(kiosk.driver().findElements(By.id("language-en"))).isNotEmpty();
        kiosk.screenshot("1-kiosk-before");

        staff.open("/admin/configuration?terminal=" + local);
        staff.waitFor(By.cssSelector("#staff-login-form vaadin-text-field[name='username'] input")).sendKeys(username);
        staff.waitFor(By.cssSelector("#staff-login-form vaadin-password-field[name='password'] input"))
                .sendKeys(PASSWORD, Keys.ENTER);
        staff.until(d -> staff.currentPath().startsWith("/admin/configuration"), Duration.ofSeconds(10));
        staff.waitFor(By.id("config-form"));
        staff.tap(By.id("staff-language-nl"));
        staff.until(d -> staff.text(By.cssSelector(".config-page h1")).equals("Instellingen van de kiosken"),
                Duration.ofSeconds(15));
        staff.screenshot("2-console");
        assertThat(staff.seriousAccessibilityViolations()).as("configuration screen").isEmpty();
        assertThat(staff.tooSmallTouchTargets().stream()
                // the native inputs inside the 48 px tall choices, which take the tap; the console's top bar is not this screen's
                .filter(target -> !target.startsWith("input-vaadin-") && !target.startsWith("staff-language-"))
                .toList()).as("touch targets on the configuration screen").isEmpty();

        choose("config-feature-appointments", "Uit");
        choose("config-printing", "Uit");
        choose("config-languages-source", "Eigen waarde");
        staff.tap(By.xpath("//vaadin-checkbox-group[@id='config-languages']//vaadin-checkbox[.//label[normalize-space()='English']]"));
        choose("config-idle-source", "Eigen waarde");
        var idle = staff.waitFor(By.cssSelector("#config-idle input"));
        idle.sendKeys(Keys.chord(Keys.CONTROL, "a"), "90");
        staff.screenshot("3-console-changed");
        staff.tap(By.id("config-save"));

        // no reload in the kiosk browser: the open page follows by server push (within 1 s on a quiet machine)
        kiosk.until(d -> d.findElements(By.id("tile-appointment")).isEmpty()
                && d.findElements(By.id("language-en")).stream().noneMatch(WebElement::isDisplayed), Duration.ofSeconds(15));
        kiosk.screenshot("4-kiosk-after");
        staff.waitFor(By.tagName("vaadin-notification-card"));
        staff.screenshot("5-console-saved");
        assertThat(setups.effective(local).idleTimeout()).isEqualTo(Duration.ofSeconds(90));

        kiosk.tap(By.id("tile-help"));
        var help = kiosk.text(By.id("help-can-do"));
        assertThat(help).contains("Vacatures zoeken in uw buurt en ze meenemen op uw gsm.")
                .doesNotContain("afspraak", "afdrukken");
        assertThat(kiosk.text(By.id("help-how"))).contains("Kies bovenaan uw taal: Nederlands, Français.");
        kiosk.screenshot("6-kiosk-help");
    }

    /** Taps the choice with this label in a radio group. */
    private void choose(String group, String label) {
        staff.tap(By.xpath("//vaadin-radio-group[@id='" + group + "']//vaadin-radio-button[.//label[normalize-space()='"
                + label + "']]"));
    }
}
