package io.solemate.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The store desk in headless Chromium, as a shop manager uses it: find a customer, read their recommendations and
 * shoes, open a shoe and its neighbours, dismiss a reminder. Checks that a shoe name with a script tag stays text,
 * that the console stays clean, and saves desktop and phone screenshots under {@code target/screenshots/}.
 * Skipped where Debian's chromium and chromium-driver are not installed.
 */
@QuarkusTest
class DeskBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int DESKTOP_WIDTH = 1280;
    private static final int PHONE_WIDTH = 390;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Fixtures fixtures;

    static Shopper shopper;

    private ChromeDriver driver;
    private Path profile;

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
                "--no-first-run", "--window-size=" + DESKTOP_WIDTH + ",1600", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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

    @Test
    void aShopManagerFindsACustomerActsOnAReminderAndBrowsesSimilarShoes() throws IOException {
        driver.get(root.toString());
        assertEquals("Find a customer · Solemate", driver.getTitle());
        assertTrue(driver.findElement(By.id("model")).getText().contains("NDCG@10"), "model panel with metrics");
        screenshot("home-desktop", DESKTOP_WIDTH);
        assertNoSidewaysScrollOnAPhone();
        screenshot("home-phone", PHONE_WIDTH);

        // Search by name, open the customer.
        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys(shopper.name());
        search.submit();
        screenshot("search-desktop", DESKTOP_WIDTH);
        driver.findElement(By.linkText(shopper.name())).click();
        assertEquals(shopper.name(), driver.findElement(By.id("customer-heading")).getText());

        // Recommendations, each with a reason and a score blend.
        List<WebElement> picks = driver.findElements(By.cssSelector("[aria-labelledby=recs-heading] .card"));
        assertFalse(picks.isEmpty(), "recommendations are shown");
        for (WebElement pick : picks) {
            assertFalse(pick.findElement(By.className("reason")).getText().isBlank(), "every pick says why");
            assertTrue(pick.findElement(By.className("blend")).getAttribute("aria-label")
                    .startsWith("Score from shoppers like you"));
        }

        // The shoe whose name holds a script tag shows it as text, and nothing ran.
        WebElement owned = driver.findElement(By.cssSelector("#their-shoes .card-title a"));
        assertEquals(Shopper.SCRIPT_SHOE, owned.getText());
        assertNoScriptRan();
        screenshot("customer-desktop", DESKTOP_WIDTH);
        assertNoSidewaysScrollOnAPhone();
        screenshot("customer-phone", PHONE_WIDTH);

        // Dismiss the care reminder: the page comes back without it.
        String dismissTitle = "Wipe the salt off " + Fixtures.unique("browser");
        shopper.notice(fixtures, "care", dismissTitle, 4);
        driver.navigate().refresh();
        WebElement notice = driver.findElements(By.cssSelector("#their-shoes .notice")).stream()
                .filter(n -> n.getText().contains(dismissTitle)).findFirst().orElseThrow();
        notice.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Dismiss')]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("done=dismissed"));
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().contains("dismissed"));
        assertFalse(driver.findElement(By.id("their-shoes")).getText().contains(dismissTitle), "dismissed is gone");

        // A shoe and its similar shoes.
        owned = driver.findElement(By.cssSelector("#their-shoes .card-title a"));
        owned.click();
        assertEquals(Shopper.SCRIPT_SHOE, driver.findElement(By.id("shoe-heading")).getText());
        assertNoScriptRan();
        List<WebElement> similar = driver.findElements(By.cssSelector("[aria-labelledby=similar-heading] .card"));
        assertFalse(similar.isEmpty(), "similar shoes are shown");
        screenshot("shoe-desktop", DESKTOP_WIDTH);
        similar.getFirst().findElement(By.cssSelector(".card-title a")).click();
        assertTrue(driver.getCurrentUrl().matches(".*/shoes/\\d+$"), "a similar shoe opens its own page");

        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    @Test
    void aNewCustomerPageReadsWellOnAPhone() throws IOException {
        driver.get(root + "customers/" + shopper.newcomerId());
        assertTrue(driver.findElement(By.id("their-shoes")).getText().contains("owns no shoes from the shop yet"));
        assertNoSidewaysScrollOnAPhone();
        screenshot("newcomer-phone", PHONE_WIDTH);
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    private void assertNoSidewaysScrollOnAPhone() {
        emulate(PHONE_WIDTH, 844);
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"),
                "no sideways scrolling at phone width on " + driver.getCurrentUrl());
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void assertNoScriptRan() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('script').length"), "the page has no script elements");
    }

    /** A full-page screenshot at this width, emulating the device so media queries apply. */
    private void screenshot(String name, int width) throws IOException {
        emulate(width, 900);
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight");
        emulate(width, Math.min(height.intValue(), 8000));
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void emulate(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }
}
