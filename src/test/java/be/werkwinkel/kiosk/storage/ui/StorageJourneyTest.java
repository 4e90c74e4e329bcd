package be.werkwinkel.kiosk.storage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * A visitor makes an account by touch, saves a vacancy, stops, comes back in a fresh session,
 * finds it in Mijn documenten and e-mails it to themselves (it waits: the tests have no mail
 * server); someone tries wrong PINs until the pause; the visitor deletes the account, after which
 * signing in with it is refused.
 */
@BrowserJourney
class StorageJourneyTest {

    private static final By KEYBOARD = By.tagName("kiosk-keyboard");
    private static final By USERNAME = By.cssSelector("#storage-username input");
    private static final By PIN = By.cssSelector("#storage-pin input");
    private static final By QUESTION = By.id("storage-question");

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
        var browser = new KioskBrowser(port, "storage");
        browsers.add(browser);
        return browser;
    }

    private static String username() {
        var random = new Random();
        var name = new StringBuilder("amina");
        for (var i = 0; i < 6; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    @Test
    void make_an_account_save_a_vacancy_stop_come_back_and_delete_it_all() {
        var name = username();
        var first = browser();
        start(first, "nl");
        first.tap(By.id("tile-documents"));
        first.tap(By.id("cv-start-documents"));
        assertThat(first.text(By.tagName("h1"))).isEqualTo("Hebt u hier al een account?");
        first.screenshot("1-have-you-an-account");
        first.resize(KioskBrowser.SMALL);
        first.screenshot("1-have-you-an-account");
        first.resize(KioskBrowser.FULL_HD);

        first.tap(By.id("storage-new-account"));
        first.tap(USERNAME);
        typeOnScreen(first, name);
        first.screenshot("2-choose-a-username");
        first.tap(By.id("storage-next"));
        first.until(d -> first.text(QUESTION).equals("Kies een pincode van 6 cijfers"), Duration.ofSeconds(5));

        first.tap(PIN);
        var keyboard = first.waitFor(KEYBOARD);
        first.until(d -> keyboard.getAttribute("open") != null, Duration.ofSeconds(5));
        assertThat(keyboard.getShadowRoot().findElements(By.cssSelector("[data-skbtn='q']"))).as("the number pad").isEmpty();
        typeOnScreen(first, "123456");
        first.tap(By.id("storage-next"));
        first.until(d -> first.text(By.cssSelector("#storage-pin")).contains("op een rij"), Duration.ofSeconds(5));
        first.screenshot("3-obvious-pin-explained");
        first.tap(PIN);
        typeOnScreen(first, "482915");
        assertThat(first.waitFor(PIN).getAttribute("value")).isEqualTo("482915");
        first.tap(By.id("storage-next"));
        first.until(d -> first.text(QUESTION).equals("Typ dezelfde pincode nog een keer"), Duration.ofSeconds(5));
        first.tap(PIN);
        typeOnScreen(first, "482915");
        first.tap(By.id("storage-next"));
        first.until(d -> first.text(QUESTION).equals("Wilt u uw e-mailadres geven?"), Duration.ofSeconds(5));
        first.screenshot("4-e-mail-optional");
        first.tap(By.id("storage-skip"));
        first.waitFor(By.id("storage-empty"));
        assertThat(first.text(By.id("storage-signed-in-as"))).contains(name);
        first.screenshot("5-no-documents-yet");

        first.tap(By.id("storage-find-vacancies"));
        first.tap(By.cssSelector("#vacancy-what input"));
        typeOnScreen(first, "slager");
        tapKey(first, "{enter}");
        // other journeys in this shared application may have imported the same feed under another source
        first.until(d -> !d.findElements(By.cssSelector("a.vacancy-card")).isEmpty()
                && d.findElements(By.cssSelector("a.vacancy-card")).stream().allMatch(card -> card.getText().contains("Slager")),
                Duration.ofSeconds(5));
        first.tap(By.cssSelector("a.vacancy-card"));
        first.tap(By.id("vacancy-save"));
        first.waitFor(By.id("storage-saved"));
        assertThat(first.text(By.id("storage-saved"))).contains("„Slager” staat nu bij Mijn documenten.");
        first.screenshot("6-vacancy-saved");
        first.tap(By.id("notice-ok"));
        first.until(d -> !first.dialogOpen(), Duration.ofSeconds(5));
        first.tap(By.id("top-stop"));
        first.waitFor(By.cssSelector("main.kiosk-attract"));

        // a fresh session in a fresh browser: the vacancy is there
        var second = browser();
        signIn(second, name, "482915");
        second.waitFor(By.id("storage-list"));
        assertThat(second.text(By.id("storage-list"))).contains("Vacature", "Slager");
        second.screenshot("7-my-documents");
        second.resize(KioskBrowser.SMALL);
        second.screenshot("7-my-documents");
        second.resize(KioskBrowser.FULL_HD);
        assertThat(second.tooSmallTouchTargets()).isEmpty();

        // the visitor e-mails the vacancy to themselves, typing the address on the on-screen keyboard;
        // the tests have no mail server, so it waits, and the screen says so
        second.tap(By.cssSelector("#storage-list .storage-action-envelope-o"));
        second.until(d -> second.text(QUESTION).equals("Naar welk e-mailadres?"), Duration.ofSeconds(5));
        second.tap(By.cssSelector("#storage-send-address input"));
        typeOnScreen(second, name + "@voorbeeld.be");
        second.screenshot("7b-send-to-myself");
        assertThat(second.tooSmallTouchTargets()).isEmpty();
        second.tap(By.id("storage-send"));
        second.waitFor(By.id("storage-mail-queued"));
        second.screenshot("7c-mail-queued");
        second.tap(By.id("notice-ok"));
        second.until(d -> !second.dialogOpen(), Duration.ofSeconds(5));
        assertThat(second.text(By.id("storage-sent-mails")))
                .contains("„Slager” naar " + name + "@voorbeeld.be", "Wacht om verstuurd te worden");
        second.screenshot("7d-mail-waiting");
        assertThat(second.seriousAccessibilityViolations()).as("my documents with a sent mail").isEmpty();

        // someone else, at another session, tries five wrong PINs: the account pauses
        var third = browser();
        start(third, "nl");
        third.tap(By.id("tile-documents"));
        third.tap(By.id("cv-start-documents"));
        third.tap(By.id("storage-have-account"));
        third.tap(USERNAME);
        typeOnScreen(third, name);
        third.tap(By.id("storage-next"));
        for (var attempt = 1; attempt <= 5; attempt++) {
            third.tap(PIN);
            typeOnScreen(third, "73194" + attempt);
            third.tap(By.id("storage-next"));
            var expected = attempt < 5 ? "passen niet bij elkaar" : "Te veel foute pogingen. Wacht 15 minuten";
            third.until(d -> third.text(By.id("storage-pin")).contains(expected), Duration.ofSeconds(5));
        }
        third.screenshot("8-paused-after-five-wrong-pins");

        // the visitor, still signed in at the first session, deletes everything
        second.tap(By.id("storage-about-me"));
        assertThat(second.text(By.tagName("main"))).contains(name, "Slager", "1 van 50 documenten");
        second.screenshot("9-what-is-stored-about-me");
        second.tap(By.id("storage-delete-account"));
        second.waitFor(By.id("storage-delete-account-yes"));
        second.screenshot("10-delete-everything");
        second.tap(By.id("storage-delete-account-yes"));
        second.waitFor(By.id("storage-account-deleted"));
        second.screenshot("11-deleted");

        var fourth = browser();
        signIn(fourth, name, "482915");
        fourth.until(d -> fourth.text(By.id("storage-pin")).contains("passen niet bij elkaar"), Duration.ofSeconds(5));
        assertThat(fourth.currentPath()).isEqualTo("/documents/sign-in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void the_storage_screens_have_no_serious_accessibility_violations(String language) {
        var browser = browser();
        start(browser, language);
        browser.tap(By.id("tile-documents"));
        browser.tap(By.id("cv-start-documents"));
        assertThat(browser.seriousAccessibilityViolations()).as("choice").isEmpty();
        browser.tap(By.id("storage-new-account"));
        browser.tap(USERNAME);
        typeOnScreen(browser, "ab");
        browser.tap(By.id("storage-next"));
        browser.until(d -> d.findElement(By.id("storage-username")).getAttribute("invalid") != null, Duration.ofSeconds(5));
        assertThat(browser.seriousAccessibilityViolations()).as("username with an error").isEmpty();
        browser.tap(USERNAME);
        typeOnScreen(browser, username().substring(2));
        browser.tap(By.id("storage-next"));
        browser.waitFor(PIN);
        assertThat(browser.seriousAccessibilityViolations()).as("PIN").isEmpty();
        browser.tap(PIN);
        typeOnScreen(browser, "482915");
        browser.tap(By.id("storage-next"));
        browser.tap(PIN);
        typeOnScreen(browser, "482915");
        browser.tap(By.id("storage-next"));
        browser.waitFor(By.id("storage-email"));
        assertThat(browser.seriousAccessibilityViolations()).as("e-mail").isEmpty();
        browser.tap(By.id("storage-skip"));
        browser.waitFor(By.id("storage-empty"));
        assertThat(browser.seriousAccessibilityViolations()).as("my documents").isEmpty();
        browser.screenshot("documents-" + language);
        browser.tap(By.id("storage-about-me"));
        browser.waitFor(By.id("storage-delete-account"));
        assertThat(browser.seriousAccessibilityViolations()).as("about me").isEmpty();
        browser.screenshot("about-me-" + language);
        assertThat(browser.tooSmallTouchTargets()).isEmpty();
    }

    private void start(KioskBrowser browser, String language) {
        browser.open("/");
        browser.tap(By.id("start-" + language));
    }

    private void signIn(KioskBrowser browser, String name, String pin) {
        start(browser, "nl");
        browser.tap(By.id("tile-documents"));
        browser.tap(By.id("cv-start-documents"));
        browser.tap(By.id("storage-have-account"));
        browser.tap(USERNAME);
        typeOnScreen(browser, name);
        browser.tap(By.id("storage-next"));
        browser.tap(PIN);
        typeOnScreen(browser, pin);
        browser.tap(By.id("storage-next"));
    }

    private void typeOnScreen(KioskBrowser browser, String text) {
        for (var character : text.split("")) {
            tapKey(browser, character);
        }
        browser.waitForVaadin();
    }

    private void tapKey(KioskBrowser browser, String key) {
        browser.tapElement(key(browser, key));
    }

    private WebElement key(KioskBrowser browser, String key) {
        var keyboard = browser.waitFor(KEYBOARD);
        browser.until(d -> keyboard.getAttribute("open") != null, Duration.ofSeconds(5));
        return keyboard.getShadowRoot().findElement(By.cssSelector("[data-skbtn='" + key + "']"));
    }
}
