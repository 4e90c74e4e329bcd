package be.werkwinkel.kiosk.cv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A first-time visitor makes a CV in Dutch with accents, step by step by touch, without an
 * account; saving it makes them create one and comes back to save; after Stop, in a fresh
 * session, they sign in, find the CV, open it again and print it: the PDF holds what they typed.
 */
@BrowserJourney
class CvJourneyTest {

    private static final By NEXT = By.id("cv-next");
    private static final By STEP = By.id("cv-step");

    @LocalServerPort
    int port;

    @Autowired
    VacancyImport imports;

    private final List<KioskBrowser> browsers = new ArrayList<>();

    @BeforeEach
    void vacancies() {
        TestVacancies.load(imports);
    }

    @AfterEach
    void close() {
        browsers.forEach(KioskBrowser::close);
    }

    private KioskBrowser browser() {
        var browser = new KioskBrowser(port, "cv");
        browsers.add(browser);
        return browser;
    }

    @Test
    void make_a_cv_without_an_account_keep_it_stop_sign_in_again_and_print_it() throws IOException {
        var name = "zoe" + new Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append);
        var first = browser();
        first.open("/");
        first.tap(By.id("start-nl"));
        first.tap(By.id("tile-documents"));
        first.screenshot("0-cv-and-letters");
        first.tap(By.id("cv-start-new"));
        assertThat(first.text(STEP)).isEqualTo("Stap 1 van 9: Over u");

        // nothing typed: Next says what is missing, in Dutch, next to the field
        first.tap(NEXT);
        first.until(d -> "Vul dit in.".equals(errorOf(first, "cv-person-name")), Duration.ofSeconds(5));
        assertThat(first.text(STEP)).startsWith("Stap 1");
        type(first, "cv-person-name", "Zoë Dubois-Çelik");
        type(first, "cv-person-email", "zoe@");
        first.tap(By.cssSelector("#cv-person-phone input"));
        typeOnScreen(first, "0470123456");
        first.tap(By.cssSelector("#cv-person-postcode input"));
        typeOnScreen(first, "9000");
        first.until(d -> "Gent".equals(valueOf(first, "cv-person-place")), Duration.ofSeconds(5));
        first.tap(NEXT);
        first.until(d -> errorOf(first, "cv-person-email").startsWith("Dit is geen e-mailadres"), Duration.ofSeconds(5));
        first.screenshot("1-about-you-with-a-mistake");
        type(first, "cv-person-email", "zoe.dubois@voorbeeld.be");
        first.tap(NEXT);

        first.until(d -> first.text(STEP).equals("Stap 2 van 9: Werkervaring"), Duration.ofSeconds(5));
        type(first, "cv-jobs-0-title", "Magazijnmedewerker");
        type(first, "cv-jobs-0-employer", "Brouwerij Het Anker");
        type(first, "cv-jobs-0-place", "Mechelen");
        chooseMonth(first, "cv-jobs-0-from-month", "maart");
        type(first, "cv-jobs-0-from-year", "2019");
        first.tap(By.id("cv-jobs-0-ongoing"));
        type(first, "cv-jobs-0-tasks", "Bestellingen klaarmaken, heftruck rijden, vrachtwagens laden en lossen.");
        first.screenshot("2-a-job");
        first.tap(By.id("cv-entry-done"));
        first.until(d -> first.text(By.id("cv-jobs")).contains("Magazijnmedewerker"), Duration.ofSeconds(5));
        assertThat(first.text(By.id("cv-jobs"))).contains("maart 2019 – nu", "Brouwerij Het Anker, Mechelen");
        first.resize(KioskBrowser.SMALL);
        first.screenshot("2-work-experience");
        first.resize(KioskBrowser.FULL_HD);
        first.tap(NEXT);

        first.until(d -> first.text(STEP).startsWith("Stap 3 van 9"), Duration.ofSeconds(5));
        first.tap(NEXT); // no studies: the empty form is left

        first.until(d -> first.text(STEP).startsWith("Stap 4 van 9"), Duration.ofSeconds(5));
        tapText(first, "vaadin-button.cv-chip", "Turks");
        tapText(first, "vaadin-button.cv-chip", "Nederlands");
        first.tap(NEXT);
        first.until(d -> first.text(By.id("cv-language-1")).contains("Tik voor elk van de vijf"), Duration.ofSeconds(5));
        for (var skill : List.of("listening", "reading", "spokenInteraction", "spokenProduction", "writing")) {
            first.tap(By.id("cv-language-1-" + skill + "-" + (skill.equals("listening") ? "B1" : "A2")));
        }
        assertThat(first.text(By.id("cv-language-1"))).contains("B1: Ik begrijp de hoofdzaak");
        first.screenshot("4-languages");
        first.tap(NEXT);

        first.until(d -> first.text(STEP).startsWith("Stap 5 van 9"), Duration.ofSeconds(5));
        tapText(first, "vaadin-button.cv-chip", "E-mails lezen en sturen");
        first.tap(NEXT);
        first.until(d -> first.text(STEP).startsWith("Stap 6 van 9"), Duration.ofSeconds(5));
        first.tap(By.id("cv-licence-B"));
        first.screenshot("6-driving-licence");
        first.tap(NEXT);
        first.until(d -> first.text(STEP).startsWith("Stap 7 van 9"), Duration.ofSeconds(5));
        tapText(first, "vaadin-button.cv-chip", "Stipt");
        first.tap(By.cssSelector("#cv-skills-new input"));
        typeOnScreen(first, "heft");
        // the field sends what was typed after a pause (ValueChangeMode.TIMEOUT), not with the last key
        first.until(d -> "heft".equals(first.script("return document.querySelector('#cv-skills-new input').value")),
                Duration.ofSeconds(10));
        // the suggestions for the whole word, not those still shown for "he" or "hef": these are
        // replaced when the server has the word, and a tap on one of them then goes nowhere
        first.until(d -> {
            var shown = d.findElements(By.cssSelector("vaadin-button.cv-suggestion"));
            return !shown.isEmpty() && shown.stream().allMatch(button -> button.getText().toLowerCase().contains("heft"));
        }, Duration.ofSeconds(15));
        tapText(first, "vaadin-button.cv-suggestion", "Heftruck rijden");
        first.until(d -> first.text(By.id("cv-skills-chosen")).contains("Heftruck rijden"), Duration.ofSeconds(5));
        first.screenshot("7-skills");
        first.tap(NEXT);
        first.until(d -> first.text(STEP).startsWith("Stap 8 van 9"), Duration.ofSeconds(5));
        type(first, "cv-aboutMe", "Ik werk graag met mijn handen, ben stipt en leer snel. <b>Geen</b> HTML.");
        first.tap(NEXT);
        first.until(d -> first.text(STEP).startsWith("Stap 9 van 9"), Duration.ofSeconds(5));
        assertThat(first.seriousAccessibilityViolations()).as("finish").isEmpty();
        first.screenshot("9-finish");

        first.tap(By.id("cv-finish-preview"));
        first.waitFor(By.cssSelector("#cv-preview-dialog img, .cv-preview-page"));
        first.until(d -> Boolean.TRUE.equals(first.script(
                "const i = document.querySelector('.cv-preview-page'); return i && i.complete && i.naturalWidth > 500")),
                Duration.ofSeconds(10));
        first.screenshot("10-preview");
        first.tap(By.id("cv-preview-close"));
        first.until(d -> !first.dialogOpen(), Duration.ofSeconds(5));

        // keeping it needs an account: made on the spot, then the wizard saves it
        first.tap(By.id("cv-finish-save"));
        first.tap(By.id("storage-new-account"));
        first.tap(By.cssSelector("#storage-username input"));
        typeOnScreen(first, name);
        first.tap(By.id("storage-next"));
        for (var twice = 0; twice < 2; twice++) {
            first.tap(By.cssSelector("#storage-pin input"));
            typeOnScreen(first, "482915");
            first.tap(By.id("storage-next"));
        }
        first.tap(By.id("storage-skip"));
        first.waitFor(By.id("cv-save-name"));
        assertThat(valueOf(first, "cv-save-name")).isEqualTo("Cv Zoë Dubois-Çelik");
        first.tap(By.id("cv-save-ok"));
        first.waitFor(By.id("cv-saved"));
        first.screenshot("11-kept");
        first.tap(By.id("notice-ok"));
        first.until(d -> !first.dialogOpen(), Duration.ofSeconds(5));
        first.tap(By.id("top-stop"));
        first.waitFor(By.cssSelector("main.kiosk-attract"));

        // a fresh session: the draft is gone, the saved CV is there
        var second = browser();
        second.open("/");
        second.tap(By.id("start-nl"));
        second.tap(By.id("tile-documents"));
        assertThat(second.driver().findElements(By.id("cv-start-continue"))).as("no draft of the last visitor").isEmpty();
        second.tap(By.id("cv-start-documents"));
        second.tap(By.id("storage-have-account"));
        second.tap(By.cssSelector("#storage-username input"));
        typeOnScreen(second, name);
        second.tap(By.id("storage-next"));
        second.tap(By.cssSelector("#storage-pin input"));
        typeOnScreen(second, "482915");
        second.tap(By.id("storage-next"));
        second.waitFor(By.id("storage-list"));
        assertThat(second.text(By.id("storage-list"))).contains("Cv", "Cv Zoë Dubois-Çelik");
        second.tap(By.cssSelector("#storage-list .storage-action-folder-open-o"));
        second.until(d -> "Zoë Dubois-Çelik".equals(valueOf(second, "cv-person-name")), Duration.ofSeconds(10));
        for (var step = 1; step < 9; step++) {
            second.tap(NEXT);
        }
        second.until(d -> second.text(STEP).startsWith("Stap 9 van 9"), Duration.ofSeconds(5));
        second.tap(By.id("cv-print"));
        var pdf = printed(second);
        Files.write(second.screenshot("12-printed").resolveSibling("cv.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Zoë Dubois-Çelik", "zoe.dubois@voorbeeld.be", "Magazijnmedewerker",
                    "Brouwerij Het Anker", "Heftruck rijden", "<b>Geen</b> HTML");
            assertThat(text.indexOf("Magazijnmedewerker")).as("reading order").isLessThan(text.indexOf("Heftruck rijden"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void every_step_of_the_wizards_is_accessible_and_big_enough_to_tap(String language) {
        var browser = browser();
        browser.open("/");
        browser.tap(By.id("start-" + language));
        browser.tap(By.id("tile-documents"));
        assertThat(browser.seriousAccessibilityViolations()).as("start").isEmpty();
        browser.tap(By.id("cv-start-new"));
        type(browser, "cv-person-name", "Ana");
        for (var step = 1; step <= 9; step++) {
            var number = step;
            browser.until(d -> browser.text(STEP).contains(" " + number + " "), Duration.ofSeconds(5));
            if (step == 4) {
                browser.tap(By.cssSelector("vaadin-button.cv-chip")); // a language, so the grid shows
                browser.tap(By.cssSelector("vaadin-button.cv-chip")); // and one with levels
            }
            if (step == 4 && language.equals("nl")) {
                browser.tap(By.id("toggle-large-text"));
                browser.resize(KioskBrowser.SMALL);
                assertThat(browser.tooSmallTouchTargets()).as("larger text, small screen").isEmpty();
                browser.screenshot("languages-larger-text-small");
                browser.resize(KioskBrowser.FULL_HD);
                browser.tap(By.id("toggle-large-text"));
            }
            assertThat(browser.seriousAccessibilityViolations()).as("step %d", step).isEmpty();
            assertThat(browser.tooSmallTouchTargets()).as("step %d", step).isEmpty();
            if (language.equals("fr")) {
                browser.screenshot("step-" + step + "-fr");
            }
            if (step == 4) {
                // the second language has no levels: it would rightly keep the visitor here
                browser.tap(By.cssSelector("#cv-language-1 .cv-language-head vaadin-button:last-child"));
                browser.until(d -> d.findElements(By.id("cv-language-1")).isEmpty(), Duration.ofSeconds(5));
            }
            if (step < 9) {
                browser.tap(NEXT);
            }
        }
        browser.resize(KioskBrowser.SMALL);
        browser.screenshot("finish-small-" + language);
        browser.resize(KioskBrowser.FULL_HD);
        browser.tap(By.id("top-start"));
        browser.waitFor(By.id("cv-leave"));
        assertThat(browser.seriousAccessibilityViolations()).as("leave dialog").isEmpty();
        browser.tap(By.id("cv-leave-later"));
        browser.until(d -> !browser.dialogOpen(), Duration.ofSeconds(5));
        browser.tap(By.id("tile-documents"));
        assertThat(browser.text(By.id("cv-start-continue"))).as("the draft waits").isNotEmpty();
        browser.tap(By.id("cv-start-letter"));
        for (var step = 1; step <= 5; step++) {
            assertThat(browser.seriousAccessibilityViolations()).as("letter step %d", step).isEmpty();
            if (step == 1) {
                type(browser, "cv-jobTitle", "Kok");
            } else if (step == 2) {
                type(browser, "cv-recipient-organisation", "Restaurant De Zwaan");
            } else if (step == 4) {
                assertThat(valueOf(browser, "cv-paragraphs-0")).contains("Kok", "Restaurant De Zwaan");
            }
            if (language.equals("fr")) {
                browser.screenshot("letter-step-" + step + "-fr");
            }
            if (step < 5) {
                next(browser, step + 1);
            }
        }
    }

    /**
     * Next, until the step with this number shows: suggestions that arrive under a field just
     * typed in can move the button between the scroll and the tap, and the tap then misses.
     */
    private static void next(KioskBrowser browser, int step) {
        for (var attempt = 0; attempt < 3; attempt++) {
            browser.tap(NEXT);
            try {
                browser.until(d -> browser.text(STEP).contains(" " + step + " "), Duration.ofSeconds(3));
                return;
            } catch (org.openqa.selenium.TimeoutException missed) {
                // tapped where the button was a moment ago: once more
            }
        }
        throw new AssertionError("step " + step + " did not come");
    }

    /** The PDF in the print frame, fetched as the browser's viewer would. */
    private static byte[] printed(KioskBrowser browser) {
        var frame = browser.until(d -> {
            var frames = d.findElements(By.id("kiosk-pdf-print"));
            return frames.isEmpty() || frames.getFirst().getAttribute("src") == null ? null : frames.getFirst();
        }, Duration.ofSeconds(10));
        var base64 = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].src).then(r => r.arrayBuffer()).then(buffer => {
                  let binary = '';
                  new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                  done(btoa(binary));
                }).catch(e => done('failed: ' + e));""", frame);
        assertThat(base64).doesNotStartWith("failed");
        return Base64.getDecoder().decode(base64);
    }

    private static void type(KioskBrowser browser, String id, String text) {
        var input = browser.waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        input.clear();
        input.sendKeys(text);
        browser.script("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        browser.waitForVaadin();
    }

    private static String valueOf(KioskBrowser browser, String id) {
        return browser.waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea")).getAttribute("value");
    }

    private static String errorOf(KioskBrowser browser, String id) {
        var field = browser.waitFor(By.id(id));
        return field.getAttribute("invalid") == null ? "" : String.valueOf(browser.<Object>script(
                "return arguments[0].errorMessage || ''", field));
    }

    private static void chooseMonth(KioskBrowser browser, String id, String month) {
        browser.tap(By.id(id));
        browser.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().strip().equals(month)), Duration.ofSeconds(5));
        var item = browser.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(candidate -> candidate.isDisplayed() && candidate.getText().strip().equals(month)).findFirst().orElseThrow();
        browser.tapElement(item);
    }

    private static void tapText(KioskBrowser browser, String css, String text) {
        WebElement target = browser.until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(element -> element.getText().strip().equals(text)).findFirst().orElse(null), Duration.ofSeconds(5));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", target);
        browser.tapElement(target);
    }

    private static void typeOnScreen(KioskBrowser browser, String text) {
        browser.typeWithKeyboard(text);
    }
}
