package be.werkwinkel.kiosk.sync.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.HubProxy;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.sync.outbox.Outbox;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * Personal storage on a real terminal (its own application context, kiosk.role=terminal, no
 * database) against this test's application as its hub, through a line the test can cut (decision
 * 043), in a real browser on the terminal's own screens: a visitor makes an account through the hub,
 * saves a CV and opens it again; with the line cut every storage screen says plainly that it needs
 * the central server and changes nothing, signing in says so before anything is typed, and the CV
 * wizard saves for later with a claim receipt; when the line is back the hub files it once. A CV
 * saved for later with a wrong PIN is held, and claimed with the receipt's code after signing in.
 */
@BrowserJourney
class TerminalStorageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration SCREEN = Duration.ofSeconds(10);
    private static final String PIN = "482915";

    private static ConfigurableApplicationContext terminal;
    private static HubProxy line;
    private static Path dataDir;

    @Autowired
    PersonalStorage hub;

    @BeforeAll
    static void startTerminal(@Autowired Terminals terminals, @Autowired Environment environment) throws Exception {
        var hubPort = Integer.parseInt(environment.getRequiredProperty("local.server.port"));
        var enrollment = terminals.create("Balie documenten", "Brussel", "bij de printer");
        dataDir = Files.createTempDirectory("kiosk-terminal-storage-");
        line = new HubProxy(hubPort);
        terminal = new SpringApplicationBuilder(KioskApplication.class).profiles("test").run(Stream.of(
                "--server.port=0", "--kiosk.role=terminal", "--kiosk.data-dir=" + dataDir,
                "--kiosk.hub.url=" + line.url(), "--kiosk.hub.enrollment-code=" + enrollment.code(),
                "--kiosk.hub.connect-timeout=1s", "--kiosk.hub.outbox.replay-every=200ms",
                "--kiosk.hub.outbox.longest-backoff=1s").toArray(String[]::new));
        var key = dataDir.resolve("terminal/hub-key.json");
        await().atMost(PATIENCE).until(() -> Files.exists(key)); // before the line is cut in a test
    }

    @AfterAll
    static void stopTerminal() throws Exception {
        if (terminal != null) {
            terminal.close();
        }
        if (line != null) {
            line.close();
        }
        if (dataDir != null) {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    private static PersonalStorage onTerminal() {
        return terminal.getBean(PersonalStorage.class);
    }

    private static Outbox outbox() {
        return terminal.getBean(Outbox.class);
    }

    private static KioskBrowser browser() {
        var port = Integer.parseInt(terminal.getEnvironment().getRequiredProperty("local.server.port"));
        var browser = new KioskBrowser(port, "terminal-storage");
        browser.resize(KioskBrowser.SMALL); // the smallest kiosk screen: what is cut off shows here
        return browser;
    }

    private void cut() {
        line.cut();
        await().atMost(PATIENCE).until(() -> !onTerminal().reachable());
    }

    private AccountId accountAtHub(String name) {
        return ((SignIn.SignedIn) hub.signIn(name, PIN, "test-" + name)).visitor().id();
    }

    private List<DocumentSummary> documentsAtHub(String name) {
        return hub.documents(accountAtHub(name));
    }

    @Test
    void a_visitor_saves_a_cv_through_the_hub_and_while_the_line_is_cut_saves_one_for_later_that_is_filed_once()
            throws Exception {
        var name = username("sara");
        try (var browser = browser()) {
            // an account made through the hub, by touch
            start(browser);
            browser.tap(By.id("tile-documents"));
            browser.tap(By.id("cv-start-documents"));
            browser.tap(By.id("storage-new-account"));
            type(browser, "storage-username", name);
            browser.tap(By.id("storage-next"));
            browser.until(d -> browser.text(By.id("storage-question")).contains("pincode"), SCREEN);
            for (var twice = 0; twice < 2; twice++) {
                type(browser, "storage-pin", PIN);
                browser.tap(By.id("storage-next"));
            }
            browser.tap(By.id("storage-skip"));
            browser.waitFor(By.id("storage-empty"));
            assertThat(browser.text(By.id("storage-signed-in-as"))).contains(name);
            browser.screenshot("1-account-made-through-the-hub");

            // a CV saved from the wizard, found again in Mijn documenten and opened
            browser.tap(By.id("top-start"));
            browser.tap(By.id("tile-documents"));
            browser.tap(By.id("cv-start-new"));
            type(browser, "cv-person-name", "Sara Peeters");
            browser.tap(By.id("cv-save"));
            browser.waitFor(By.id("cv-save-name"));
            browser.tap(By.id("cv-save-ok"));
            browser.waitFor(By.id("cv-saved"));
            browser.screenshot("2-cv-saved");
            browser.tap(By.id("notice-ok"));
            browser.until(d -> !browser.dialogOpen(), SCREEN);
            assertThat(documentsAtHub(name)).extracting(DocumentSummary::name).containsExactly("Cv Sara Peeters");
            var account = accountAtHub(name);
            hub.save(RequestId.random(), account, DocumentKind.LETTER, "Notitie",
                    new DocumentContent("Bel maandag".getBytes(StandardCharsets.UTF_8), "text/plain"));
            var cv = documentsAtHub(name).stream().filter(d -> d.kind() == DocumentKind.CV).findFirst().orElseThrow();
            var note = documentsAtHub(name).stream().filter(d -> d.kind() == DocumentKind.LETTER).findFirst().orElseThrow();

            browser.tap(By.id("top-start"));
            browser.tap(By.id("tile-documents"));
            browser.tap(By.id("cv-start-documents"));
            browser.waitFor(By.id("storage-list"));
            assertThat(browser.text(By.id("storage-list"))).contains("Cv Sara Peeters", "Notitie");
            browser.screenshot("3-my-documents");
            browser.tap(By.cssSelector("#document-" + cv.id() + " .storage-action-folder-open-o"));
            browser.until(d -> "Sara Peeters".equals(valueOf(browser, "cv-person-name")), SCREEN);
            browser.tap(By.id("top-start"));
            browser.tap(By.id("tile-documents"));
            browser.tap(By.id("cv-start-documents"));
            browser.waitFor(By.id("storage-list"));

            // the line is cut: every storage button and screen says so plainly, and nothing changes
            cut();
            try {
                browser.tap(By.cssSelector("#document-" + cv.id() + " .storage-action-edit"));
                type(browser, "storage-rename-field", "Cv nieuw");
                browser.tap(By.id("storage-rename-save"));
                assertUnreachableNotice(browser, "4-rename-needs-the-central-server");
                browser.tap(By.cssSelector("#document-" + cv.id() + " .storage-action-copy-o"));
                assertUnreachableNotice(browser, "5-copy-needs-the-central-server");
                browser.tap(By.cssSelector("#document-" + cv.id() + " .storage-action-trash"));
                browser.tap(By.id("storage-delete-yes"));
                assertUnreachableNotice(browser, "6-delete-needs-the-central-server");
                assertThat(browser.text(By.id("storage-list"))).as("the list stays").contains("Cv Sara Peeters");

                browser.tap(By.cssSelector("#document-" + note.id() + " .storage-action-folder-open-o"));
                assertUnreachableScreen(browser, "7-a-document-needs-the-central-server");
                // Mijn documenten itself now says it too: back with the line, cut again, tap the next button
                againWithTheListThenCut(browser);
                browser.tap(By.cssSelector("#document-" + cv.id() + " .storage-action-envelope-o"));
                assertUnreachableScreen(browser, "8-send-needs-the-central-server");
                againWithTheListThenCut(browser);
                browser.tap(By.id("storage-about-me"));
                assertUnreachableScreen(browser, "9-about-me-needs-the-central-server");
                cut();

                // signing in says it before anything is typed
                browser.tap(By.id("top-stop"));
                browser.waitFor(By.cssSelector("main.kiosk-attract"));
                start(browser);
                browser.tap(By.id("tile-documents"));
                browser.tap(By.id("cv-start-documents"));
                assertUnreachableScreen(browser, "10-sign-in-needs-the-central-server");
                assertThat(browser.driver().findElements(By.id("storage-username"))).isEmpty();

                // the CV wizard saves for later with username and PIN, and shows the receipt
                browser.tap(By.id("storage-unreachable-home"));
                browser.tap(By.id("tile-documents"));
                browser.tap(By.id("cv-start-new"));
                type(browser, "cv-person-name", "Sara Peeters");
                browser.tap(By.id("cv-save"));
                browser.waitFor(By.id("cv-later"));
                assertThat(browser.text(By.id("cv-later-explanation"))).contains("centrale server", "bewijs");
                type(browser, "cv-later-username", name);
                type(browser, "cv-later-pin", PIN);
                type(browser, "cv-later-name", "Cv voor later");
                browser.tap(By.cssSelector("#cv-later-username input")); // the on-screen keyboard opens
                assertThat(browser.<String>script("return getComputedStyle(document.querySelector('#cv-later-pin input'))"
                        + ".webkitTextSecurity")).as("the PIN is shown as dots").isEqualTo("disc");
                browser.screenshot("11-save-for-later");
                assertThat(browser.tooSmallTouchTargets()).isEmpty();
                browser.tap(By.id("cv-later-ok"));
                var code = browser.text(By.id("storage-receipt-code"));
                assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
                assertThat(browser.text(By.id("storage-receipt"))).contains("Cv voor later", "Zodra de centrale server");
                browser.screenshot("12-claim-receipt");
                browser.resize(KioskBrowser.FULL_HD);
                browser.screenshot("12-claim-receipt");
                browser.resize(KioskBrowser.SMALL);
                assertThat(browser.seriousAccessibilityViolations()).as("the receipt").isEmpty();
                assertThat(outbox().backlog()).isEqualTo(1);
                assertThat(documentsAtHub(name)).as("nothing at the hub yet").hasSize(2);
            } finally {
                line.restore();
            }
            await().atMost(PATIENCE).until(() -> outbox().backlog() == 0);
            var documents = documentsAtHub(name);
            assertThat(documents).extracting(DocumentSummary::name).as("filed once; renamed, copied, deleted nothing")
                    .containsExactlyInAnyOrder("Cv Sara Peeters", "Notitie", "Cv voor later");
        }
    }

    @Test
    void a_cv_saved_for_later_with_a_wrong_pin_is_held_and_claimed_with_the_receipt_code_after_signing_in() {
        var name = username("jonas");
        hub.createAccount(RequestId.random(), name, PIN, null);
        try (var browser = browser()) {
            start(browser);
            cut();
            String code;
            try {
                browser.tap(By.id("tile-documents"));
                browser.tap(By.id("cv-start-new"));
                type(browser, "cv-person-name", "Jonas Claes");
                browser.tap(By.id("cv-save"));
                browser.waitFor(By.id("cv-later"));
                type(browser, "cv-later-username", name);
                type(browser, "cv-later-pin", "111999");
                browser.tap(By.id("cv-later-ok"));
                code = browser.text(By.id("storage-receipt-code"));
            } finally {
                line.restore();
            }
            await().atMost(PATIENCE).until(() -> outbox().backlog() == 0);
            assertThat(documentsAtHub(name)).as("held, not filed: the PIN was wrong").isEmpty();

            browser.tap(By.id("storage-receipt-done"));
            browser.tap(By.id("tile-documents"));
            browser.tap(By.id("cv-start-documents"));
            browser.tap(By.id("storage-have-account"));
            type(browser, "storage-username", name);
            browser.tap(By.id("storage-next"));
            type(browser, "storage-pin", PIN);
            browser.tap(By.id("storage-next"));
            browser.waitFor(By.id("storage-empty"));
            browser.tap(By.id("storage-claim"));
            browser.tap(By.cssSelector("#storage-claim-code input")); // the on-screen keyboard opens
            browser.screenshot("13-claim-a-receipt");
            // by touch alone: the keyboard shows above the dialog, and a key tap types, not closes it
            browser.typeWithKeyboard("abcdefgh");
            assertThat((Object) browser.script("return document.querySelector('#storage-claim-code input').value"))
                    .isEqualTo("abcdefgh");
            browser.screenshot("13b-claim-code-typed-on-the-keyboard");
            browser.tap(By.id("storage-claim-ok"));
            browser.until(d -> errorOf(browser, "storage-claim-code").startsWith("Onder deze code wacht geen document"), SCREEN);
            browser.screenshot("14-a-mistyped-code");
            type(browser, "storage-claim-code", code.toLowerCase());
            browser.tap(By.id("storage-claim-ok"));
            browser.waitFor(By.id("storage-claimed"));
            browser.screenshot("15-claimed");
            browser.tap(By.id("notice-ok"));
            browser.until(d -> !browser.dialogOpen(), SCREEN);
            assertThat(browser.text(By.id("storage-list"))).contains("Cv Jonas Claes");
            browser.screenshot("16-claimed-in-my-documents");
            assertThat(documentsAtHub(name)).extracting(DocumentSummary::name).as("filed once").containsExactly("Cv Jonas Claes");

            // the same code again finds nothing: a receipt works once
            browser.tap(By.id("storage-claim"));
            type(browser, "storage-claim-code", code);
            browser.tap(By.id("storage-claim-ok"));
            browser.until(d -> errorOf(browser, "storage-claim-code").startsWith("Onder deze code wacht geen document"), SCREEN);
            assertThat(documentsAtHub(name)).hasSize(1);
        }
    }

    /** Mijn documenten with the line restored, then the line cut again (the list stays on screen). */
    private static void againWithTheListThenCut(KioskBrowser browser) {
        line.restore();
        browser.tap(By.id("top-start"));
        browser.tap(By.id("tile-documents"));
        browser.tap(By.id("cv-start-documents"));
        browser.waitFor(By.id("storage-list"));
        line.cut(); // the next tap's call finds it cut
    }

    private static void assertUnreachableNotice(KioskBrowser browser, String screenshot) {
        browser.waitFor(By.id("storage-unreachable-notice"));
        assertThat(browser.text(By.id("storage-unreachable-notice")))
                .contains("centrale server", "Er is niets veranderd").doesNotContain("niet gelukt");
        browser.screenshot(screenshot);
        browser.tap(By.id("notice-ok"));
        browser.until(d -> !browser.dialogOpen(), SCREEN);
    }

    private static void assertUnreachableScreen(KioskBrowser browser, String screenshot) {
        assertThat(browser.text(By.id("storage-unreachable"))).isEqualTo("Dit kan nu niet");
        assertThat(browser.text(By.tagName("main"))).contains("centrale server", "Probeer het straks opnieuw");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-notification-card"))).as("no generic error").isEmpty();
        browser.screenshot(screenshot);
    }

    private static void start(KioskBrowser browser) {
        browser.open("/");
        if (!browser.driver().findElements(By.id("start-nl")).isEmpty()) {
            browser.tap(By.id("start-nl"));
        }
    }

    private static String username(String prefix) {
        return prefix + new Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append);
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
}
