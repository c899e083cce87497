package io.solemate.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The store desk in headless Chromium as shop staff use it, signed in as outside local runs ({@link SignInProfile}),
 * each journey at a desktop (1366x900) and a phone (390x844) size: sign-in required, and a form without its CSRF
 * token refused; a customer with more than a hundred notifications, every one reachable, then "Mark all read"; a
 * dismissal undone, the confirmation shown and focused where the button was; search, recommendations, a shoe and its
 * neighbours. axe-core runs on every page (no serious or critical violation), the console stays clean, nothing
 * scrolls sideways, and screenshots go to {@code target/screenshots/}. Skipped where Debian's chromium and
 * chromium-driver are not installed.
 */
@QuarkusTest
@TestProfile(SignInProfile.class)
class DeskBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int DESKTOP_WIDTH = 1366;
    private static final int DESKTOP_HEIGHT = 900;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    /** The customer page of a heavy customer fits in this many pixels on a desktop. */
    private static final int MAX_DESKTOP_PAGE_HEIGHT = 5000;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Fixtures fixtures;

    static Shopper shopper;

    private ChromeDriver driver;
    private Path profile;
    private int width;
    private int height;

    @BeforeEach
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Chromium and chromium-driver are not installed");
        if (shopper == null) {
            shopper = Shopper.create(fixtures);
        }
        profile = Files.createTempDirectory("solemate-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "desktop", "phone" })
    void signInIsRequiredAndAFormWithoutItsTokenIsRefused(String size) throws Exception {
        use(size);
        open("customers/" + shopper.id());
        assertTrue(driver.getCurrentUrl().endsWith("/sign-in"), "a desk page without a session: " + driver.getCurrentUrl());
        checkPage("sign-in-" + size);
        driver.findElement(By.id("j_username")).sendKeys(SignInProfile.STAFF);
        driver.findElement(By.id("j_password")).sendKeys("wrong password");
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button")).click();
        waitFor(ExpectedConditions.urlContains("failed=true"));
        assertTrue(driver.findElement(By.cssSelector("[role=alert]")).getText().contains("do not match"));
        checkPage("sign-in-failed-" + size);

        signIn();
        // Back where the staff member was going.
        assertEquals(shopper.name(), driver.findElement(By.id("customer-heading")).getText());
        checkPage(null);

        // A dismiss form whose token was taken out is refused, and nothing changes.
        String title = "Wipe the salt off " + Fixtures.unique("token");
        String notice = shopper.notice(fixtures, "care", title, 10 + (size.equals("phone") ? 1 : 0));
        open("customers/" + shopper.id() + "/pairs/" + shopper.purchaseId());
        WebElement form = driver.findElement(By.cssSelector("form[action$='/notifications/" + notice + "/dismiss']"));
        driver.executeScript("arguments[0].querySelector('input[name=csrf-token]').remove(); arguments[0].submit();",
                form);
        waitFor(ExpectedConditions.titleContains("Bad request"));
        assertTrue(driver.findElement(By.tagName("main")).getText().toLowerCase().contains("error 400"));
        checkPage("csrf-refused-" + size);
        open("customers/" + shopper.id() + "/pairs/" + shopper.purchaseId());
        assertTrue(driver.findElement(By.id("notifications")).getText().contains(title), "still there");
        assertCleanConsole();
    }

    @ParameterizedTest
    @ValueSource(strings = { "desktop", "phone" })
    void everyNotificationOfAHeavyCustomerIsReachableThenAllAreMarkedRead(String size) throws Exception {
        use(size);
        Shopper.Owner owner = Shopper.ownerWithNotifications(fixtures, 3, 40);
        signIn();
        open("customers/" + owner.id());
        checkPage("heavy-customer-" + size);
        if (size.equals("desktop")) {
            assertTrue(pageHeight() < MAX_DESKTOP_PAGE_HEIGHT, "customer page is " + pageHeight() + " px tall");
        }
        String summary = driver.findElement(By.id("due")).getText();
        assertTrue(summary.contains("120") && summary.contains("unread care reminders"), summary);

        Set<String> seen = new HashSet<>();
        for (long purchase : owner.purchaseIds()) {
            open("customers/" + owner.id());
            WebElement card = driver.findElement(By.id("pair-" + purchase));
            WebElement fold = card.findElement(By.cssSelector("details.older summary"));
            assertEquals("39 older notifications (39 unread)", fold.getText());
            fold.click();
            card.findElement(By.partialLinkText("All 40 notifications")).click();
            while (true) {
                driver.findElements(By.cssSelector("#notifications .notice"))
                        .forEach(n -> seen.add(n.getAttribute("id").substring("notice-".length())));
                List<WebElement> next = driver.findElements(By.cssSelector("#notifications a[rel=next]"));
                if (next.isEmpty()) {
                    break;
                }
                next.getFirst().click();
            }
            checkPage(null);
        }
        assertEquals(Set.copyOf(owner.notificationIds()), seen, "every notification is on some page");

        open("customers/" + owner.id());
        driver.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Mark all read')]")).click();
        waitFor(ExpectedConditions.urlContains("done=all-read"));
        assertFocusedConfirmation(driver.findElement(By.id("due")), "120 notifications marked as read.");
        assertTrue(driver.findElements(By.xpath("//button[starts-with(normalize-space(.), 'Mark read')]")).isEmpty());
        checkPage("all-read-" + size);
        assertCleanConsole();
    }

    @ParameterizedTest
    @ValueSource(strings = { "desktop", "phone" })
    void aDismissalIsConfirmedWhereItHappenedAndCanBeUndone(String size) throws Exception {
        use(size);
        String title = "Dry them away from the radiator " + Fixtures.unique("undo");
        String notice = shopper.notice(fixtures, "care", title, size.equals("phone") ? 20 : 21);
        signIn();
        open("customers/" + shopper.id());
        WebElement card = driver.findElement(By.id("pair-" + shopper.purchaseId()));
        card.findElement(By.cssSelector("details.older summary")).click();
        card.findElement(By.cssSelector("form[action$='/notifications/" + notice + "/dismiss'] button")).click();
        waitFor(ExpectedConditions.urlContains("done=dismissed"));
        card = driver.findElement(By.id("pair-" + shopper.purchaseId()));
        assertFocusedConfirmation(card, "dismissed; it no longer shows.");
        assertFalse(card.getText().contains(title), "the dismissed reminder is gone");
        assertInView(card.findElement(By.className("confirmation")));
        checkPage("dismissed-" + size);

        card.findElement(By.xpath(".//button[normalize-space(.)='Undo the dismissal']")).click();
        waitFor(ExpectedConditions.urlContains("done=restored"));
        card = driver.findElement(By.id("pair-" + shopper.purchaseId()));
        assertFocusedConfirmation(card, "is back.");
        assertTrue(driver.getPageSource().contains(title), "the reminder is back");
        assertCleanConsole();
    }

    @ParameterizedTest
    @ValueSource(strings = { "desktop", "phone" })
    void staffFindACustomerReadTheirPicksAndBrowseSimilarShoes(String size) throws Exception {
        use(size);
        signIn();
        assertEquals("Find a customer · Solemate", driver.getTitle());
        assertTrue(driver.findElement(By.id("model")).getText().contains("NDCG@10"), "model panel with metrics");
        checkPage("home-" + size);

        // A hundred unbroken characters, echoed in the results heading, still fit the screen.
        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("x".repeat(100));
        search.submit();
        checkPage(null);
        search = driver.findElement(By.id("q"));
        search.clear();
        search.sendKeys(shopper.surname());
        search.submit();
        checkPage("search-" + size);
        driver.findElement(By.linkText(shopper.name())).click();
        assertEquals(shopper.name(), driver.findElement(By.id("customer-heading")).getText());

        List<WebElement> picks = driver.findElements(By.cssSelector("[aria-labelledby=recs-heading] .card"));
        assertFalse(picks.isEmpty(), "recommendations are shown");
        for (WebElement pick : picks) {
            assertFalse(pick.findElement(By.className("reason")).getText().isBlank(), "every pick says why");
            String facts = pick.getText();
            assertTrue(facts.contains("For ") && facts.contains("EU "), "gender and sizes: " + facts);
            assertTrue(facts.matches("(?s).*(EU 42 in stock|EU 42 out of stock|Not made in EU 42|Out of stock).*"),
                    "whether their size is in stock: " + facts);
        }
        WebElement owned = driver.findElement(By.cssSelector("#their-shoes .card-title a"));
        assertEquals(Shopper.SCRIPT_SHOE, owned.getText());
        assertNoScriptRan();
        checkPage("customer-" + size);

        owned.click();
        assertEquals(Shopper.SCRIPT_SHOE, driver.findElement(By.id("shoe-heading")).getText());
        assertNoScriptRan();
        List<WebElement> similar = driver.findElements(By.cssSelector("[aria-labelledby=similar-heading] .card"));
        assertFalse(similar.isEmpty(), "similar shoes are shown");
        checkPage("shoe-" + size);
        driver.findElement(By.partialLinkText("Back to " + shopper.name())).click();
        assertEquals(shopper.name(), driver.findElement(By.id("customer-heading")).getText());
        assertCleanConsole();
    }

    private void use(String size) {
        boolean phone = size.equals("phone");
        width = phone ? PHONE_WIDTH : DESKTOP_WIDTH;
        height = phone ? PHONE_HEIGHT : DESKTOP_HEIGHT;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", phone));
    }

    private void open(String path) {
        driver.get(root + path);
    }

    private void signIn() {
        open("sign-in");
        driver.findElement(By.id("j_username")).sendKeys(SignInProfile.STAFF);
        driver.findElement(By.id("j_password")).sendKeys(SignInProfile.STAFF_PASSWORD);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
    }

    /** axe-core finds nothing serious, nothing scrolls sideways; a full-page screenshot when {@code name} is given. */
    private void checkPage(String name) throws Exception {
        driver.executeScript(AxeCore.script());
        Object violations = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
        assertEquals(List.of(), violations, "axe-core on " + driver.getCurrentUrl());
        assertEquals(Boolean.FALSE, driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"),
                "no sideways scrolling at " + width + " px on " + driver.getCurrentUrl());
        if (name != null) {
            int full = pageHeight();
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", Math.min(full, 16000), "deviceScaleFactor", 1, "mobile", width < 600));
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", width < 600));
        }
    }

    private int pageHeight() {
        return ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
    }

    /** The confirmation sits inside {@code where}, says {@code text} and has the focus. */
    private void assertFocusedConfirmation(WebElement where, String text) {
        WebElement confirmation = where.findElement(By.className("confirmation"));
        assertTrue(confirmation.getText().contains(text), confirmation.getText());
        assertEquals(confirmation, driver.switchTo().activeElement(), "focus is on the confirmation");
    }

    private void assertInView(WebElement element) {
        assertEquals(Boolean.TRUE, driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 0 && r.bottom <= window.innerHeight;""", element), "shown on screen");
    }

    private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    private void assertNoScriptRan() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('script').length"), "the page has no script elements");
    }

    private void assertCleanConsole() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                // The refused form is a 400 on purpose; the browser logs every 4xx document.
                .filter(entry -> !entry.getMessage().contains("400 (Bad Request)"))
                .toList();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }
}
