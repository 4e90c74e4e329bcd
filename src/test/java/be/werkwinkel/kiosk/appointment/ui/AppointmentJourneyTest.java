package be.werkwinkel.kiosk.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A first-time visitor books an appointment by touch from the home tile to the printed ticket;
 * after Stop, in a fresh session, they find it with the code and the last digits of their phone
 * and cancel it. Then every appointment screen is scanned with axe and for touch targets in
 * Dutch, French and English, in one browser.
 */
@BrowserJourney
class AppointmentJourneyTest {

    private static final By KEYBOARD = By.tagName("kiosk-keyboard");
    private static final By STEP = By.id("appt-step");

    @LocalServerPort
    int port;

    private final List<KioskBrowser> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(KioskBrowser::close);
    }

    private KioskBrowser browser() {
        var browser = new KioskBrowser(port, "appointment");
        browsers.add(browser);
        return browser;
    }

    @Test
    void book_from_the_home_tile_to_the_printed_ticket_then_cancel_with_the_code_in_a_fresh_session() throws IOException {
        var browser = browser();
        browser.open("/");
        browser.tap(By.id("start-nl"));
        assertThat(browser.text(By.id("tile-appointment"))).doesNotContain("Binnenkort");
        browser.tap(By.id("tile-appointment"));
        browser.screenshot("0-start");
        browser.tap(By.id("appt-start-new"));

        assertThat(browser.text(STEP)).isEqualTo("Stap 1 van 6: Waarvoor komt u?");
        browser.screenshot("1-what");
        browser.tap(By.cssSelector("#appt-types vaadin-button"));

        browser.until(d -> browser.text(STEP).startsWith("Stap 2 van 6"), Duration.ofSeconds(5));
        assertThat(browser.text(By.id("appt-sites"))).contains("km");
        browser.screenshot("2-where");
        browser.tap(By.cssSelector("#appt-sites vaadin-button"));

        browser.until(d -> browser.text(STEP).startsWith("Stap 3 van 6"), Duration.ofSeconds(5));
        assertThat(browser.text(By.id("appt-first"))).startsWith("Eerste vrije afspraak");
        browser.screenshot("3-when-days");
        browser.tap(By.cssSelector("#appt-days vaadin-button:last-child")); // far enough ahead to cancel (minimum notice)
        browser.waitFor(By.id("appt-times"));
        assertThat(browser.text(By.id("appt-day-chosen"))).startsWith("Kies een uur op ");
        browser.screenshot("3-when-times");
        browser.tap(By.cssSelector("#appt-times vaadin-button"));

        browser.until(d -> browser.text(STEP).startsWith("Stap 4 van 6"), Duration.ofSeconds(5));
        browser.screenshot("4-who");
        browser.tap(By.id("appt-consultant-any"));

        browser.until(d -> browser.text(STEP).startsWith("Stap 5 van 6"), Duration.ofSeconds(5));
        browser.tap(By.id("appt-next")); // nothing typed: said next to the fields, stays here
        browser.until(d -> "Vul uw naam in.".equals(errorOf(browser, "appt-name")), Duration.ofSeconds(5));
        assertThat(errorOf(browser, "appt-birth-year")).startsWith("Geef uw telefoonnummer of uw geboortejaar");
        type(browser, "appt-name", "Zoë Dubois-Çelik");
        browser.tap(By.cssSelector("#appt-phone input"));
        typeOnScreen(browser, "0470123456");
        assertThat(keyboardCoversField(browser, "appt-phone")).as("the keyboard leaves the field in sight").isFalse();
        browser.screenshot("5-contact-with-keyboard");
        browser.script("document.activeElement && document.activeElement.blur()");
        browser.until(d -> d.findElement(KEYBOARD).getAttribute("open") == null, Duration.ofSeconds(5));
        next(browser, 6);
        assertThat(browser.text(By.id("appt-summary"))).contains("Zoë Dubois-Çelik", "0470123456", "Wanneer");
        browser.screenshot("6-confirm");
        browser.tap(By.id("appt-book"));

        var code = browser.text(By.id("appt-code"));
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(browser.text(By.id("appt-ticket-title"))).isEqualTo("Uw afspraak staat vast");
        assertThat(browser.text(By.id("appt-ticket"))).contains("de laatste 4 cijfers van uw telefoonnummer", "Waar", "Met");
        assertThat(browser.waitFor(By.cssSelector("#appt-ticket img.appt-qr")).getSize().getWidth()).isGreaterThan(100);
        browser.screenshot("7-ticket");
        var printout = browser.printToPdf("7-ticket-printout");
        try (var document = Loader.loadPDF(printout)) {
            assertThat(document.getNumberOfPages()).as("one page").isEqualTo(1);
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains(code, "Wanneer", "Waar").doesNotContain("Ticket afdrukken", "Stop", "Klaar");
        }

        browser.tap(By.id("top-stop"));
        browser.waitFor(By.cssSelector("main.kiosk-attract"));

        // a fresh session: nothing of the booking is left; the code and the phone's last digits find it
        browser.tap(By.id("start-nl"));
        browser.tap(By.id("tile-appointment"));
        assertThat(browser.driver().findElements(By.id("appt-start-continue"))).as("no draft of the last visitor").isEmpty();
        browser.tap(By.id("appt-start-mine"));
        assertThat(valueOf(browser, "appt-mine-code")).as("no code of the last visitor").isEmpty();
        type(browser, "appt-mine-code", code.toLowerCase().replace("-", " "));
        type(browser, "appt-mine-factor", "0000");
        browser.tap(By.id("appt-mine-find"));
        browser.waitFor(By.id("appt-refused"));
        assertThat(browser.text(By.id("appt-refused"))).contains("horen niet bij een afspraak");
        browser.screenshot("8-wrong-digits");
        browser.tap(By.id("notice-ok"));
        browser.until(d -> !browser.dialogOpen(), Duration.ofSeconds(5));
        type(browser, "appt-mine-factor", "3456");
        browser.tap(By.id("appt-mine-find"));
        assertThat(browser.text(By.id("appt-mine-state"))).isEqualTo("Uw afspraak");
        assertThat(browser.text(By.id("appt-code"))).isEqualTo(code);
        browser.screenshot("9-my-appointment");
        browser.tap(By.id("appt-mine-cancel"));
        browser.waitFor(By.id("appt-cancel-confirm"));
        browser.screenshot("10-cancel-confirm");
        browser.tap(By.id("appt-cancel-yes"));
        browser.waitFor(By.id("appt-cancelled"));
        browser.tap(By.id("notice-ok"));
        browser.until(d -> !browser.dialogOpen(), Duration.ofSeconds(5));
        assertThat(browser.text(By.id("appt-mine-state"))).isEqualTo("Deze afspraak is geannuleerd");
        assertThat(browser.driver().findElements(By.id("appt-mine-cancel"))).as("cancelled once").isEmpty();
        browser.screenshot("11-cancelled");
    }

    @Test
    void every_appointment_screen_is_accessible_and_big_enough_to_tap_in_every_language() {
        var browser = browser();
        var phones = Map.of("nl", "0470111222", "fr", "0470333444", "en", "0470555666");
        for (var language : List.of("nl", "fr", "en")) {
            browser.open("/");
            browser.tap(By.id("start-" + language));
            browser.tap(By.id("tile-appointment"));
            check(browser, language, "start");
            browser.tap(By.id("appt-start-new"));
            browser.tap(By.cssSelector("#appt-types vaadin-button"));
            browser.waitFor(By.id("appt-sites"));
            browser.tap(By.id("appt-back"));
            browser.waitFor(By.id("appt-types"));
            check(browser, language, "what");
            browser.tap(By.cssSelector("#appt-types vaadin-button"));
            browser.waitFor(By.id("appt-sites"));
            check(browser, language, "where");
            browser.tap(By.cssSelector("#appt-sites vaadin-button"));
            browser.waitFor(By.id("appt-days"));
            check(browser, language, "when-days");
            if (language.equals("nl")) {
                browser.tap(By.id("toggle-large-text"));
                browser.resize(KioskBrowser.SMALL);
                assertThat(browser.tooSmallTouchTargets()).as("larger text, small screen").isEmpty();
                browser.screenshot("when-larger-text-small");
                browser.resize(KioskBrowser.FULL_HD);
                browser.tap(By.id("toggle-large-text"));
            }
            browser.tap(By.cssSelector("#appt-days vaadin-button:last-child")); // far enough ahead to cancel (minimum notice)
            browser.waitFor(By.id("appt-times"));
            check(browser, language, "when-times");
            browser.tap(By.cssSelector("#appt-times vaadin-button"));
            browser.waitFor(By.id("appt-consultants"));
            check(browser, language, "who");
            browser.tap(By.id("appt-consultant-any"));
            browser.waitFor(By.id("appt-name"));
            check(browser, language, "contact");
            type(browser, "appt-name", "Ana");
            type(browser, "appt-phone", phones.get(language));
            next(browser, 6);
            browser.waitFor(By.id("appt-summary"));
            check(browser, language, "confirm");
            browser.tap(By.id("appt-book"));
            browser.waitFor(By.id("appt-code"));
            check(browser, language, "ticket");
            browser.tap(By.id("appt-change"));
            browser.waitFor(By.id("appt-mine-factor"));
            check(browser, language, "mine");
            type(browser, "appt-mine-factor", phones.get(language).substring(6));
            browser.tap(By.id("appt-mine-find"));
            browser.waitFor(By.id("appt-mine-move"));
            check(browser, language, "mine-found");
            browser.tap(By.id("appt-mine-move"));
            browser.waitFor(By.id("appt-days"));
            check(browser, language, "mine-move");
            browser.tap(By.id("appt-mine-keep"));
            browser.tap(By.id("appt-mine-cancel"));
            browser.waitFor(By.id("appt-cancel-confirm"));
            check(browser, language, "mine-cancel-dialog");
            browser.tap(By.id("appt-cancel-yes"));
            browser.waitFor(By.id("appt-cancelled"));
            browser.tap(By.id("notice-ok"));
            browser.until(d -> !browser.dialogOpen(), Duration.ofSeconds(5));
            browser.tap(By.id("top-stop"));
            browser.waitFor(By.cssSelector("main.kiosk-attract"));
        }
    }

    /** Next, until this step shows: the keyboard closing can move the button between the scroll and the tap. */
    private static void next(KioskBrowser browser, int step) {
        for (var attempt = 0; attempt < 3; attempt++) {
            browser.tap(By.id("appt-next"));
            try {
                browser.until(d -> browser.text(STEP).contains(" " + step + " "), Duration.ofSeconds(3));
                return;
            } catch (org.openqa.selenium.TimeoutException missed) {
                // tapped where the button was a moment ago: once more
            }
        }
        throw new AssertionError("step " + step + " did not come");
    }

    private static void check(KioskBrowser browser, String language, String screen) {
        assertThat(browser.seriousAccessibilityViolations()).as("%s in %s", screen, language).isEmpty();
        assertThat(browser.tooSmallTouchTargets()).as("%s in %s", screen, language).isEmpty();
        if (!language.equals("nl")) {
            browser.screenshot(screen + "-" + language);
        }
    }

    /** Whether the on-screen keyboard's top edge is above the field's bottom edge. */
    private static boolean keyboardCoversField(KioskBrowser browser, String id) {
        return Boolean.TRUE.equals(browser.script("""
                const field = document.getElementById(arguments[0]).getBoundingClientRect();
                const keyboard = document.querySelector('kiosk-keyboard');
                const box = keyboard.shadowRoot.firstElementChild?.getBoundingClientRect() ?? keyboard.getBoundingClientRect();
                return box.height > 0 && box.top < field.bottom;""", id));
    }

    private static void type(KioskBrowser browser, String id, String text) {
        var input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
        browser.script("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        browser.waitForVaadin();
    }

    private static String valueOf(KioskBrowser browser, String id) {
        return browser.waitFor(By.cssSelector("#" + id + " input")).getAttribute("value");
    }

    private static String errorOf(KioskBrowser browser, String id) {
        var field = browser.waitFor(By.id(id));
        return field.getAttribute("invalid") == null ? "" : String.valueOf(browser.<Object>script(
                "return arguments[0].errorMessage || ''", field));
    }

    private static void typeOnScreen(KioskBrowser browser, String text) {
        for (var character : text.split("")) {
            var keyboard = browser.waitFor(KEYBOARD);
            browser.until(d -> keyboard.getAttribute("open") != null, Duration.ofSeconds(5));
            browser.tapElement(keyboard.getShadowRoot().findElement(By.cssSelector("[data-skbtn='" + character + "']")));
        }
        browser.waitForVaadin();
    }
}
