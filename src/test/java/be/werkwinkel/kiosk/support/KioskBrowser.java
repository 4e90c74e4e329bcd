package be.werkwinkel.kiosk.support;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven the way a visitor drives a kiosk: by tapping (touch pointer
 * events, never hover), at the screen sizes the kiosks have. It saves screenshots under
 * {@code target/screenshots/} and runs axe-core scans.
 *
 * <p>Chromium and chromedriver come from {@code KIOSK_CHROMIUM} / {@code KIOSK_CHROMEDRIVER} when
 * set, else from the paths Maven passes (Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}). Selenium Manager is never asked to download a browser.
 */
public final class KioskBrowser implements AutoCloseable {

    public static final Dimension FULL_HD = new Dimension(1920, 1080);
    public static final Dimension SMALL = new Dimension(1366, 768);

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final String baseUrl;
    private final Path screenshots;

    public KioskBrowser(int port, String journey) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.screenshots = Path.of("target", "screenshots", journey);
        try {
            this.userDataDir = Files.createTempDirectory("kiosk-chromium-");
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var chromium = locate("KIOSK_CHROMIUM", "kiosk.test.chromium", "/usr/bin/chromium");
        var chromedriver = locate("KIOSK_CHROMEDRIVER", "kiosk.test.chromedriver", "/usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--hide-scrollbars", "--lang=nl-BE", "--user-data-dir=" + userDataDir);
        // the browser's console, where Chromium reports what the Content-Security-Policy blocked
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        resize(FULL_HD);
    }

    private static File locate(String environment, String property, String fallback) {
        var configured = System.getenv(environment);
        var path = configured != null && !configured.isBlank() ? configured : System.getProperty(property, fallback);
        var file = new File(path);
        if (!file.canExecute()) {
            throw new IllegalStateException("Browser tests need " + path + " (set " + environment
                    + " or install Debian's chromium and chromium-driver; .ci/run does this)");
        }
        return file;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Makes the page's viewport (not the window around it) exactly this size. */
    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
        List<Long> inner = script("return [window.innerWidth, window.innerHeight]");
        var extraWidth = size.getWidth() - inner.get(0).intValue();
        var extraHeight = size.getHeight() - inner.get(1).intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            driver.manage().window().setSize(new Dimension(size.getWidth() + extraWidth, size.getHeight() + extraHeight));
        }
    }

    /** Opens a path of the app and waits until Vaadin has rendered it. */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** A finger tap on the middle of the element. */
    public void tap(By by) {
        var element = waitFor(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        tapElement(element);
    }

    /** A finger tap on an element as it is on screen now (no scrolling: keys of the keyboard). */
    public void tapElement(WebElement element) {
        var finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        var tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        driver.perform(List.of(tap));
        waitForVaadin();
    }

    public WebElement waitFor(By by) {
        return until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        }, Duration.ofSeconds(10));
    }

    /**
     * Waits for the condition; on a timeout saves a screenshot named "timeout-…" to show what was there.
     * An element the server replaced while the condition read it counts as "not yet", not as a failure.
     */
    public <T> T until(Function<WebDriver, T> condition, Duration timeout) {
        try {
            return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    /**
     * Whether a Vaadin dialog is on the page: open, or still closing (while it closes the page
     * behind it does not take taps yet). A closed dialog is removed from the page by the server.
     */
    public boolean dialogOpen() {
        return Boolean.TRUE.equals(script("return document.querySelector('vaadin-dialog') !== null"));
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    @SuppressWarnings("unchecked")
    public <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until no Vaadin request is in flight. */
    public void waitForVaadin() {
        until(d -> Boolean.TRUE.equals(script("""
                if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow) { return false; }
                const clients = window.Vaadin.Flow.clients || {};
                return Object.keys(clients).length > 0
                  && Object.values(clients).every(c => !c.isActive || !c.isActive());""")), Duration.ofSeconds(20));
    }

    /** Saves a screenshot as target/screenshots/&lt;journey&gt;/&lt;name&gt;-&lt;width&gt;.png and returns it. */
    public Path screenshot(String name) {
        settled();
        long width = script("return window.innerWidth");
        var target = screenshots.resolve(name + "-" + width + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * Waits until what a visitor sees has settled, not a dialog halfway through fading in. A
     * dialog's overlay animates inside its shadow root, which {@code document.getAnimations()}
     * does not see: every open shadow root is asked too.
     */
    private void settled() {
        until(d -> Boolean.TRUE.equals(script("""
                const roots = [document];
                for (let i = 0; i < roots.length; i++) {
                  for (const el of roots[i].querySelectorAll('*')) {
                    if (el.shadowRoot) roots.push(el.shadowRoot);
                  }
                }
                return roots.every(root => root.getAnimations().every(a => a.playState !== 'running'
                    || a.effect?.getComputedTiming().iterations === Infinity));""")), Duration.ofSeconds(5));
    }

    /** Prints the page as Chromium would on A4 (the print style sheet applies), saves and returns the PDF. */
    public byte[] printToPdf(String name) {
        var options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        options.setBackground(false);
        var pdf = java.util.Base64.getDecoder().decode(driver.print(options).getContent());
        try {
            Files.write(screenshots.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }

    /**
     * Types by tapping the on-screen keyboard's keys, as a visitor does, into the field that has
     * the focus: lower-case letters, digits on the letters layout's number row, and spaces.
     */
    public void typeWithKeyboard(String text) {
        for (var character : text.split("")) {
            var keyboard = waitFor(By.tagName("kiosk-keyboard"));
            until(d -> keyboard.getAttribute("open") != null, Duration.ofSeconds(5));
            tapElement(keyboard.getShadowRoot().findElement(By.cssSelector("[data-skbtn='" + character + "']")));
        }
        waitForVaadin();
    }

    /** The serious and critical axe-core violations on the current page, as readable lines. */
    public List<String> seriousAccessibilityViolations() {
        settled(); // axe weighs colour contrast with opacity: a dialog fading in would fail it
        // legacy mode: the default opens a second window, which the kiosk lockdown rightly refuses
        var results = new AxeBuilder().setLegacyMode(true).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(KioskBrowser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        var targets = rule.getNodes().stream().limit(5).map(node -> String.valueOf(node.getTarget())).toList();
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + targets;
    }

    /** Elements a visitor can tap that are smaller than 48 × 48 CSS pixels, as readable lines. */
    public List<String> tooSmallTouchTargets() {
        List<String> small = script("""
                const result = [];
                const seen = new Set();
                const visit = (root) => {
                  for (const el of root.querySelectorAll('vaadin-button, button, a[href], input, [role=button], vaadin-checkbox, vaadin-radio-button')) {
                    if (seen.has(el)) continue;
                    seen.add(el);
                    const r = el.getBoundingClientRect();
                    const style = getComputedStyle(el);
                    if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
                    if (el.closest('[aria-hidden=true]')) continue;
                    if (r.width < 47.5 || r.height < 47.5) {
                      result.push((el.id || el.tagName.toLowerCase()) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
                    }
                  }
                };
                visit(document);
                return result;""");
        return small;
    }

    /** What the Content-Security-Policy blocked since the last call, from the browser's console. */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    /** Closes the browser; fails the journey when the page broke the Content-Security-Policy on the way. */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = contentSecurityPolicyViolations();
        } catch (RuntimeException browserGone) {
            violations = List.of();
        }
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The page broke the Content-Security-Policy: " + violations);
        }
    }
}
