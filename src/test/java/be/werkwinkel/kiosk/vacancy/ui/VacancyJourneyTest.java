package be.werkwinkel.kiosk.vacancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor looks for a driver's job by touch only: on-screen keyboard, chips, details, back, Stop. */
@BrowserJourney
class VacancyJourneyTest {

    private static final By WHAT = By.cssSelector("#vacancy-what input");
    private static final By COUNT = By.id("vacancy-count");
    private static final By CARDS = By.cssSelector("a.vacancy-card");
    private static final By KEYBOARD = By.tagName("kiosk-keyboard");
    private static final By ABROAD = By.id("vacancy-abroad-left-out");

    @LocalServerPort
    int port;

    @Autowired
    VacancyImport imports;

    KioskBrowser browser;

    @BeforeEach
    void start() {
        TestVacancies.load(imports);
        browser = new KioskBrowser(port, "vacancies");
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    static Stream<Dimension> screens() {
        return Stream.of(KioskBrowser.FULL_HD, KioskBrowser.SMALL);
    }

    @ParameterizedTest
    @MethodSource("screens")
    void a_visitor_finds_a_driving_job_near_gent_by_touch_alone(Dimension screen) {
        browser.resize(screen);
        openSearch("nl");
        assertThat(browser.text(COUNT)).isEqualTo("11 vacatures gevonden");
        browser.screenshot("1-search");

        browser.tap(WHAT);
        var keyboard = browser.waitFor(KEYBOARD);
        browser.until(d -> keyboard.getAttribute("open") != null, Duration.ofSeconds(5));
        assertThat(browser.waitFor(WHAT).getRect().getY() + browser.waitFor(WHAT).getRect().getHeight())
                .as("the field stays above the keyboard").isLessThanOrEqualTo(keyboard.getRect().getY());
        typeOnScreen("chauffeur");
        assertThat(browser.waitFor(WHAT).getAttribute("value")).isEqualTo("chauffeur");
        browser.until(d -> !d.findElements(By.cssSelector(".vacancy-suggestion")).isEmpty(), Duration.ofSeconds(5));
        browser.screenshot("2-typing-with-suggestions");

        tapKey("{enter}");
        browser.until(d -> browser.text(COUNT).equals("4 vacatures gevonden"), Duration.ofSeconds(5));
        browser.until(d -> keyboard.getAttribute("open") == null, Duration.ofSeconds(5));
        assertThat(browser.text(By.cssSelector("a.vacancy-card mark"))).isNotBlank();
        assertThat(browser.driver().findElements(ABROAD)).as("every distance: jobs abroad are in")
                .noneMatch(WebElement::isDisplayed);
        browser.screenshot("3-results");

        browser.tap(By.id("radius-10"));
        browser.until(d -> browser.text(COUNT).equals("2 vacatures gevonden"), Duration.ofSeconds(5));
        assertThat(titles()).containsExactlyInAnyOrder("Vrachtwagenchauffeur (m/v/x)", "Bestelwagenchauffeur");
        assertThat(browser.text(ABROAD)).isEqualTo("Vacatures in het buitenland staan hier niet bij: u zoekt binnen "
                + "een afstand van een plaats. Kies ‘Overal’ om ze ook te zien.");
        assertThat(browser.seriousAccessibilityViolations()).as("within 10 km").isEmpty();
        browser.screenshot("4-within-10-km");

        browser.tap(By.xpath("//a[contains(@class,'vacancy-card')][.//h2[contains(.,'Vrachtwagenchauffeur')]]"));
        assertThat(browser.text(By.cssSelector(".vacancy-details h1"))).isEqualTo("Vrachtwagenchauffeur (m/v/x)");
        assertThat(browser.waitFor(By.id("vacancy-qr")).getSize().getWidth()).isGreaterThan(100);
        browser.screenshot("5-details");

        var printout = browser.printToPdf("5-details-printout");
        assertThat(pages(printout)).as("a clean one-page printout").isEqualTo(1);
        assertThat(text(printout)).contains("Vrachtwagenchauffeur (m/v/x)", "Transport Schelde")
                .doesNotContain("Stop", "Terug naar de vacatures");

        browser.tap(By.id("vacancy-back"));
        browser.until(d -> titles().size() == 2, Duration.ofSeconds(5));
        assertThat(browser.waitFor(WHAT).getAttribute("value")).isEqualTo("chauffeur");

        // an appointment about this vacancy: the booking starts with the vacancy attached
        browser.tap(By.xpath("//a[contains(@class,'vacancy-card')][.//h2[contains(.,'Vrachtwagenchauffeur')]]"));
        browser.tap(By.id("vacancy-appointment"));
        assertThat(browser.text(By.id("appt-vacancy"))).contains("Vrachtwagenchauffeur (m/v/x)");
        browser.screenshot("6-appointment-about-this-vacancy");

        browser.tap(By.id("top-stop"));
        browser.waitFor(By.cssSelector("main.kiosk-attract"));
        openSearch("nl");
        assertThat(browser.waitFor(WHAT).getAttribute("value")).as("the search went with the session").isEmpty();
        assertThat(browser.text(COUNT)).isEqualTo("11 vacatures gevonden");
    }

    @Test
    void the_number_pad_opens_for_numbers_and_letters_stay_for_a_place_name() {
        openSearch("nl");

        browser.tap(By.cssSelector("#vacancy-near input"));
        var keyboard = browser.waitFor(KEYBOARD);
        browser.until(d -> keyboard.getAttribute("open") != null, Duration.ofSeconds(5));
        assertThat(key("q")).as("letters for a postcode or a town name").isNotNull();
        tapKey("{bksp}");
        tapKey("{bksp}");
        tapKey("{bksp}");
        tapKey("{bksp}");
        typeOnScreen("gent");
        tapKey("{enter}");
        browser.until(d -> browser.waitFor(By.id("radius-5")).isEnabled(), Duration.ofSeconds(5));
        browser.tap(By.id("radius-5"));
        browser.until(d -> browser.text(COUNT).equals("4 vacatures gevonden"), Duration.ofSeconds(5));
    }

    @Test
    void a_number_field_gets_the_number_pad() {
        openSearch("nl");
        browser.script("""
                const field = document.createElement('input');
                field.id = 'number-field'; field.inputMode = 'numeric'; field.setAttribute('aria-label', 'postcode');
                document.querySelector('.vacancy-header').appendChild(field);""");

        browser.tap(By.id("number-field"));
        browser.until(d -> browser.waitFor(KEYBOARD).getAttribute("open") != null, Duration.ofSeconds(5));
        assertThat(browser.waitFor(KEYBOARD).getShadowRoot().findElements(By.cssSelector("[data-skbtn='q']"))).isEmpty();
        typeOnScreen("9000");
        browser.screenshot("number-pad");

        assertThat(browser.waitFor(By.id("number-field")).getAttribute("value")).isEqualTo("9000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void the_vacancy_screens_have_no_serious_accessibility_violations(String language) {
        openSearch(language);
        assertThat(browser.seriousAccessibilityViolations()).as("search in %s", language).isEmpty();

        browser.tap(WHAT);
        browser.until(d -> browser.waitFor(KEYBOARD).getAttribute("open") != null, Duration.ofSeconds(5));
        typeOnScreen("kok");
        assertThat(browser.seriousAccessibilityViolations()).as("typing in %s", language).isEmpty();
        tapKey("{enter}");
        browser.until(d -> titles().contains("Kok"), Duration.ofSeconds(5));
        browser.until(d -> d.findElement(KEYBOARD).getAttribute("open") == null, Duration.ofSeconds(5));
        browser.screenshot("results-" + language);
        assertThat(browser.seriousAccessibilityViolations()).as("results in %s", language).isEmpty();

        browser.tap(CARDS);
        browser.waitFor(By.id("vacancy-qr"));
        assertThat(browser.<Number>script("return window.scrollY").intValue())
                .as("the details open at their top, with the way back in sight").isZero();
        browser.screenshot("details-" + language);
        assertThat(browser.seriousAccessibilityViolations()).as("details in %s", language).isEmpty();
        assertThat(browser.tooSmallTouchTargets()).as("details in %s", language).isEmpty();

        browser.tap(By.id("vacancy-back"));
        browser.waitFor(WHAT).clear();
        browser.tap(WHAT);
        typeOnScreen("xyzzy");
        tapKey("{enter}");
        browser.until(d -> !d.findElements(By.cssSelector(".vacancy-empty")).isEmpty()
                && d.findElement(By.cssSelector(".vacancy-empty")).isDisplayed(), Duration.ofSeconds(5));
        browser.until(d -> d.findElement(KEYBOARD).getAttribute("open") == null, Duration.ofSeconds(5));
        browser.screenshot("nothing-found-" + language);
        assertThat(browser.seriousAccessibilityViolations()).as("nothing found in %s", language).isEmpty();

        if (!language.equals("nl")) {
            // a half-typed word that no (Dutch) title starts finds what its suggestions find, and says so
            browser.waitFor(WHAT).clear();
            browser.tap(WHAT);
            typeOnScreen(language.equals("fr") ? "bouch" : "butch");
            tapKey("{enter}");
            browser.until(d -> !titles().isEmpty(), Duration.ofSeconds(5));
            browser.until(d -> d.findElement(KEYBOARD).getAttribute("open") == null, Duration.ofSeconds(5));
            assertThat(browser.text(By.id("vacancy-partial")))
                    .startsWith(language.equals("fr") ? "Rien trouvé pour ce que vous avez tapé" : "Nothing found for what")
                    .contains(language.equals("fr") ? "boucher" : "butcher");
            browser.screenshot("completed-" + language);
            assertThat(browser.seriousAccessibilityViolations()).as("completed in %s", language).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("screens")
    void every_control_on_the_vacancy_screens_is_large_enough_for_a_finger(Dimension screen) {
        browser.resize(screen);
        openSearch("fr");
        assertThat(browser.tooSmallTouchTargets()).as("search").isEmpty();
        browser.tap(By.id("toggle-large-text"));
        browser.screenshot("search-large-text");
        assertThat(browser.tooSmallTouchTargets()).as("search, larger text").isEmpty();
        browser.tap(By.id("toggle-high-contrast"));
        browser.screenshot("search-high-contrast");
        assertThat(browser.seriousAccessibilityViolations()).as("high contrast").isEmpty();
    }

    private void openSearch(String language) {
        browser.open("/");
        browser.tap(By.id("start-" + language));
        browser.tap(By.id("tile-vacancies"));
        browser.waitFor(COUNT);
    }

    private void typeOnScreen(String text) {
        for (var character : text.split("")) {
            tapKey(character);
        }
        browser.waitForVaadin();
    }

    private void tapKey(String key) {
        browser.tapElement(key(key));
    }

    private WebElement key(String key) {
        var keyboard = browser.waitFor(KEYBOARD);
        return keyboard.getShadowRoot().findElement(By.cssSelector("[data-skbtn='" + key + "']"));
    }

    private static int pages(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a reader of the PDF gets it (the raw bytes hold compressed streams, not text). */
    private static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> titles() {
        return browser.driver().findElements(By.cssSelector("a.vacancy-card h2")).stream().map(WebElement::getText).toList();
    }
}
