package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The quality bars: page weight, keyboard-only use, and pages usable at 1366×768. */
class UiQualityBrowserTest extends BrowserTestBase {

    private static final long PAGE_WEIGHT_LIMIT = 300 * 1024;
    private static final List<String> MAIN_PAGES = List.of("/desk", "/search?q=%E0%A4%A8%E0%A4%BE%E0%A4%AE%E0%A4%BE%E0%A4%82%E0%A4%A4%E0%A4%B0%E0%A4%A3",
            "/dak/new", "/dispatch", "/dashboard", "/record-room", "/record-room/import", "/browse");

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    @Test
    void theMainPagesLoadAtMost300KbOfStylesAndScripts() throws IOException, InterruptedException {
        signIn("ag2.rev", DEMO_PASSWORD);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Long> weights = new LinkedHashMap<>();
        for (String page : MAIN_PAGES) {
            browser.get(url(page));
            Set<String> assets = new LinkedHashSet<>();
            browser.findElements(By.cssSelector("link[rel=stylesheet]")).forEach(l -> assets.add(l.getAttribute("href")));
            browser.findElements(By.cssSelector("script[src]")).forEach(s -> assets.add(s.getAttribute("src")));
            long bytes = 0;
            for (String asset : assets) {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(asset)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as(asset).isEqualTo(200);
                bytes += response.body().length;
            }
            assertThat(assets).as(page + " links its style sheet").isNotEmpty();
            weights.put(page, bytes);
        }
        System.out.println("JS+CSS bytes per page: " + weights);
        assertThat(weights.values()).allSatisfy(bytes -> assertThat(bytes).isLessThanOrEqualTo(PAGE_WEIGHT_LIMIT));
    }

    /** Presses Tab until {@code wanted} has the focus; fails after 40 presses. */
    private void tabTo(String description, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (wanted.test(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + description);
    }

    private void pressAndLoad(CharSequence key) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        new Actions(browser).sendKeys(key).perform();
        wait.until(d -> {
            try {
                oldPage.getTagName();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    @Test
    void aUserSignsInSearchesAndOpensAHitWithTheKeyboardAlone() {
        browser.get(url("/login"));
        tabTo("the user name", e -> "username".equals(e.getAttribute("id")));
        new Actions(browser).sendKeys("admin").sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("password");
        new Actions(browser).sendKeys(ADMIN_PASSWORD).perform();
        pressAndLoad(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("/desk"));

        tabTo("the Search link", e -> "a".equals(e.getTagName()) && e.getText().equals("Search"));
        pressAndLoad(Keys.ENTER);
        // The search box has the focus on arrival; the index fills in the background, so search until it answers.
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            WebElement box = d.switchTo().activeElement();
            assertThat(box.getAttribute("id")).isEqualTo("q");
            new Actions(d).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("बिलकिसगंज").perform();
            pressAndLoad(Keys.ENTER);
            return !d.findElements(By.cssSelector("article.hit")).isEmpty();
        });
        tabTo("the first hit", e -> "a".equals(e.getTagName()) && e.findElements(By.xpath("ancestor::article")).size() == 1);
        assertThat(script("return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        screenshot("keyboard-focus-on-hit");
        pressAndLoad(Keys.ENTER);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("A-12011-3-2020-Rev");
    }

    @Test
    void theMainPagesFitA1366By768ScreenWithoutSidewaysScrolling() {
        signIn("ag2.rev", DEMO_PASSWORD);
        List<String> tooWide = new ArrayList<>();
        for (String page : MAIN_PAGES) {
            browser.get(url(page));
            long viewport = ((Number) script("return window.innerWidth")).longValue();
            long content = ((Number) script("return document.documentElement.scrollWidth")).longValue();
            assertThat(viewport).isLessThanOrEqualTo(1366);
            if (content > viewport) {
                tooWide.add(page + " (" + content + " px)");
            }
            screenshot("at-1366x768" + page.replaceAll("\\?.*", "").replace('/', '-'));
        }
        assertThat(tooWide).as("pages wider than the 1366 px screen").isEmpty();
    }
}
