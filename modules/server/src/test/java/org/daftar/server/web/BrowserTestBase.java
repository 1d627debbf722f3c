package org.daftar.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drives Debian's Chromium (headless) through its chromedriver against the whole server on a random port. Each
 * test gets a fresh browser; screenshots go to {@code target/screenshots/} as build artifacts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "daftar.admin-password=" + BrowserTestBase.ADMIN_PASSWORD, "daftar.demo-data=true",
        "daftar.demo-password=" + BrowserTestBase.DEMO_PASSWORD})
abstract class BrowserTestBase {

    static final String ADMIN_PASSWORD = "browser-admin-password";
    static final String DEMO_PASSWORD = "browser-demo-password";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory("daftar-browser-test");
        registry.add("daftar.home", home::toString);
    }

    @BeforeEach
    void openBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(scripts/test installs them: apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Files.createDirectories(SCREENSHOTS);
    }

    /** Keeps the last screen of every test, passed or failed, for whoever reads the build's artifacts. */
    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            screenshot("last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndLoad(By.cssSelector("form.stacked button[type=submit]"));
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Switches the page to English unless it is already: the language is remembered per user, and the browser tests
     * share one server and its demo users.
     */
    void inEnglish() {
        if (!"en".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            clickAndLoad(By.cssSelector("button.lang[value=en]"));
        }
    }

    /** Clicks something that loads a new page (a link, a form's button) and waits until the new page has replaced the old. */
    void clickAndLoad(By locator) {
        clickAndLoadElement(browser.findElement(locator));
    }

    void clickAndLoadElement(WebElement element) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        element.click();
        waitUntilReplaced(oldPage);
    }

    /** Waits until {@code oldPage} (the root of the page before a navigation) has been replaced by the next page. */
    void waitUntilReplaced(WebElement oldPage) {
        // Any failure to reach the old page's root means it has been replaced (Chromium sometimes answers a
        // navigation in progress with "node does not belong to the document" rather than "stale element").
        wait.until(d -> {
            try {
                oldPage.getTagName();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Scrolls to the element at {@code css}, so a screenshot shows it. */
    void scrollTo(String css) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.cssSelector(css)));
    }

    void screenshot(String name) {
        try {
            byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
