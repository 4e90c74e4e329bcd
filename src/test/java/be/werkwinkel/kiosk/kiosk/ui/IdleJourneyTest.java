package be.werkwinkel.kiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.KioskBrowser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A visitor walks away: the question, the countdown, the wipe, and nothing left behind. The idle
 * time is short here; the countdown keeps its real minimum of 20 seconds.
 */
@BrowserJourney
@TestPropertySource(properties = {"kiosk.session.idle-timeout=5s", "kiosk.session.countdown=20s"})
class IdleJourneyTest {

    private static final By ATTRACT = By.cssSelector("main.kiosk-attract");
    private static final By CARRY_ON = By.id("still-there-continue");
    private static final By TITLE = By.cssSelector(".kiosk-content h1");

    @LocalServerPort
    int port;

    KioskBrowser browser;

    @BeforeEach
    void startBrowser() {
        browser = new KioskBrowser(port, "idle");
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void an_unanswered_question_wipes_everything_and_returns_to_the_attract_screen() {
        browser.open("/");
        browser.tap(By.id("start-en"));
        browser.tap(By.id("toggle-large-text"));
        browser.tap(By.id("tile-help"));
        browser.script("window.localStorage.setItem('visitor', 'secret'); window.sessionStorage.setItem('draft', 'x');"
                + " document.cookie = 'draft=1; path=/';");
        var sessionCookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        browser.until(d -> d.findElement(CARRY_ON).isDisplayed(), Duration.ofSeconds(15));
        assertThat(browser.text(By.cssSelector("vaadin-dialog"))).contains("Are you still there?");
        assertThat(remainingSeconds()).isBetween(15, 20);
        browser.screenshot("1-still-there");

        browser.tap(CARRY_ON);
        browser.screenshot("debug-after-tap");
        browser.until(d -> !browser.dialogOpen(), Duration.ofSeconds(5));
        assertThat(browser.text(TITLE)).isEqualTo("Help");

        browser.until(d -> browser.dialogOpen(), Duration.ofSeconds(15));
        browser.until(d -> remainingSeconds() <= 15, Duration.ofSeconds(10));
        browser.screenshot("2-counting-down");
        browser.until(d -> !d.findElements(ATTRACT).isEmpty(), Duration.ofSeconds(25));
        browser.waitForVaadin();
        browser.screenshot("3-attract-after-wipe");

        assertThat((Object) browser.script("return window.localStorage.getItem('visitor')")).isNull();
        assertThat((Object) browser.script("return window.sessionStorage.getItem('draft')")).isNull();
        assertThat(browser.driver().manage().getCookieNamed("draft")).isNull();
        var newSession = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(newSession == null ? null : newSession.getValue()).isNotEqualTo(sessionCookie);
        assertThat((Boolean) browser.script("return document.documentElement.classList.contains('kiosk-large-text')"))
                .isFalse();

        browser.tap(By.id("start-nl"));
        assertThat(browser.text(TITLE)).isEqualTo("Wat wilt u doen?");
        assertThat(browser.text(By.id("toggle-large-text"))).isEqualTo("Grotere tekst");
        assertThat(browser.waitFor(By.id("toggle-large-text")).getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void a_page_whose_timers_never_fire_is_wiped_by_the_server() {
        browser.open("/");
        browser.tap(By.id("start-en"));
        browser.tap(By.id("tile-help"));
        var sessionCookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        // a frozen browser, a hidden tab or a blocked script: the page's own idle watch never fires
        browser.script("document.querySelector('kiosk-idle').paused = true;");
        var frozen = System.nanoTime();

        // idle 5 s + countdown 20 s + two activity reports of 2.5 s: the server's deadline is 30 s
        browser.until(d -> !d.findElements(ATTRACT).isEmpty(), Duration.ofSeconds(45));
        var seconds = (System.nanoTime() - frozen) / 1_000_000_000L;
        browser.waitForVaadin();
        browser.screenshot("4-attract-after-server-deadline");

        assertThat(seconds).as("wiped at the deadline, not before").isGreaterThanOrEqualTo(29);
        var newSession = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(newSession == null ? null : newSession.getValue()).isNotEqualTo(sessionCookie);
        assertThat(browser.dialogOpen()).as("the page never asked").isFalse();
    }

    private int remainingSeconds() {
        var countdown = browser.waitFor(By.tagName("kiosk-countdown"));
        return Integer.parseInt(countdown.getShadowRoot().findElement(By.cssSelector("#remaining")).getText());
    }
}
