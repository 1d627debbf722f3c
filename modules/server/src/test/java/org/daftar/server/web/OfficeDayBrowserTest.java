package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A day in the office, end to end in the browser: the dak clerk diarises a scanned Hindi letter and sends it to the
 * revenue assistant, who opens a file from it, notes, confirms and sends the file to the Office Superintendent; the
 * superintendent finds it in the inbox, finds the letter by a phrase that is only in the scan (read by OCR), opens it
 * at the page, and switches to Hindi.
 */
class OfficeDayBrowserTest extends BrowserTestBase {

    /** A one-page letter from Tehsildar Ashta, scanned at 300 dpi (made with ScanSim); "खजूरिया" is only in the scan. */
    private static final String SCAN = "/scans/hindi-letter.pdf";

    @Test
    void aScannedHindiLetterIsDiarisedFiledNotedSentFoundByItsOcrTextAndReadInHindi() throws Exception {
        signIn("dak.clerk", DEMO_PASSWORD);
        inEnglish();
        clickAndLoad(By.linkText("Diarise"));
        browser.findElement(By.id("subject")).sendKeys("शासकीय तालाब की भूमि पर अतिक्रमण की शिकायत");
        browser.findElement(By.id("letterNumber")).sendKeys("517/रीडर/2026");
        browser.findElement(By.id("senderName")).sendKeys("तहसीलदार आष्टा");
        browser.findElement(By.cssSelector("input[name=hindi]")).click();
        browser.findElement(By.id("scan")).sendKeys(scanFixture().toString());
        screenshot("office-day-1-dak");
        clickAndLoad(By.cssSelector("form.grid-form button[type=submit]"));
        String diaryNumber = browser.findElement(By.cssSelector(".notice")).getText().replaceAll("(?s).*?(\\d+-H/\\d{4}/[A-Z-]+).*", "$1");
        assertThat(diaryNumber).containsPattern("\\d+-H/\\d{4}/COLL-SEH");

        // The receipt page: the diary entry, the scan, and the clerk's actions; sent on by the assistant's name.
        clickAndLoad(By.cssSelector(".notice a"));
        assertThat(browser.findElement(By.cssSelector(".properties")).getText())
                .contains(diaryNumber).contains("तहसीलदार आष्टा").contains("517/रीडर/2026");
        assertThat(browser.findElement(By.cssSelector(".page-links a")).getAttribute("href")).endsWith("#page=1");
        screenshot("office-day-2-receipt");
        browser.findElement(By.id("send-to")).sendKeys("Ramesh");
        browser.findElement(By.id("send-remarks")).sendKeys("कृपया नस्ती खोलें");
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        wait.until(d -> d.getCurrentUrl().contains("folder=sent"));
        assertThat(browser.findElement(By.cssSelector("table.desk")).getText()).contains(diaryNumber);

        // The assistant opens a file from the receipt: subject, category and grading come from it.
        browser.manage().deleteAllCookies();
        signIn("ag2.rev", DEMO_PASSWORD);
        inEnglish();
        WebElement row = browser.findElements(By.cssSelector("table.desk tr.unread")).stream()
                .filter(r -> r.getText().contains(diaryNumber)).findFirst().orElseThrow();
        clickAndLoadElement(row.findElement(By.tagName("a")));
        clickAndLoad(By.cssSelector("a[href$='/new-file']"));
        assertThat(browser.findElement(By.id("subject")).getAttribute("value")).isEqualTo("शासकीय तालाब की भूमि पर अतिक्रमण की शिकायत");
        new Select(browser.findElement(By.id("head"))).selectByValue("A-12011");
        screenshot("office-day-3-new-file");
        clickAndLoad(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("A-12011/").contains("अतिक्रमण");
        WebElement page = browser.findElement(By.cssSelector(".correspondence .page-link"));
        assertThat(page.getText()).isEqualTo("1/c");
        assertThat(page.getAttribute("href")).endsWith("/content#page=1");

        browser.findElement(By.id("note-text")).sendKeys("तहसीलदार आष्टा का प्रतिवेदन पृष्ठ 1/c पर। अतिक्रमण हटाने हेतु आदेशार्थ प्रस्तुत।");
        browser.findElement(By.id("note-refs")).sendKeys("1/c");
        clickAndLoad(By.cssSelector("form[action$='/notes'] button"));
        clickAndLoad(By.cssSelector(".note.yellow form[action$='/confirm'] button"));
        assertThat(browser.findElement(By.cssSelector(".note.green")).getText()).contains("आदेशार्थ");
        browser.findElement(By.id("send-to")).sendKeys("Office Superintendent");
        browser.findElement(By.id("send-remarks")).sendKeys("आदेशार्थ");
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        wait.until(d -> d.getCurrentUrl().contains("folder=sent"));
        // The file this desk opened now waits with the superintendent: "pending with others" says so, and with whom.
        clickAndLoad(By.cssSelector("nav.tabs a[href*='folder=withOthers']"));
        WebElement withTheOs = browser.findElements(By.cssSelector("table.desk tbody tr")).stream()
                .filter(r -> r.getText().contains("अतिक्रमण")).findFirst().orElseThrow();
        assertThat(withTheOs.getText()).contains("Office Superintendent");
        assertThat(browser.findElement(By.cssSelector("table.desk thead")).getText()).contains("With");
        screenshot("office-day-3b-pending-with-others");

        // The superintendent finds the file in the inbox, unread.
        browser.manage().deleteAllCookies();
        signIn("os.rev", DEMO_PASSWORD);
        inEnglish();
        assertThat(browser.findElements(By.cssSelector("table.desk tr.unread")).stream().map(WebElement::getText))
                .anyMatch(t -> t.contains("अतिक्रमण"));
        screenshot("office-day-4-inbox");

        // A phrase only the scan has: found once OCR and indexing are done, and opened at its page.
        String hits = searchUntilFound("खजूरिया");
        assertThat(hits).contains(diaryNumber);
        screenshot("office-day-5-search");
        String pageLink = browser.findElement(By.cssSelector("article.hit a[href*='#page=']")).getAttribute("href");
        assertThat(pageLink).endsWith("#page=1");
        assertThat(contentType(pageLink)).startsWith("application/pdf");
        clickAndLoad(By.cssSelector("article.hit h3 a"));
        assertThat(browser.getCurrentUrl()).contains("/receipts/");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("A-12011/");

        // Switch to Hindi: the same page with Hindi labels.
        clickAndLoad(By.cssSelector("button.lang[value=hi]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("आवक पत्र");
        assertThat(browser.findElement(By.cssSelector("nav.sections")).getText()).contains("मेरी डेस्क");
        assertThat(browser.findElement(By.id("timeline-title")).getText()).doesNotContain("Movement");
        screenshot("office-day-6-receipt-hindi");
        clickAndLoad(By.cssSelector(".notice a"));
        assertThat(browser.findElement(By.id("correspondence-title")).getText()).isEqualTo("पत्राचार");
        screenshot("office-day-7-file-hindi");
        // The choice is remembered for the user; give the shared demo user English back for the other tests.
        clickAndLoad(By.cssSelector("button.lang[value=en]"));
    }

    private Path scanFixture() throws URISyntaxException {
        return Path.of(getClass().getResource(SCAN).toURI());
    }

    /** Searches until the hit is there: OCR runs on the server's queue, then the index catches up (bounded wait). */
    private String searchUntilFound(String text) {
        String query = url("/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.get(query);
            return !d.findElements(By.cssSelector("article.hit")).isEmpty();
        });
        return browser.findElement(By.cssSelector(".hits")).getText();
    }

    /** The type the server gives the scan, asked over HTTP with the browser's session; also checks it is inline. */
    private String contentType(String link) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.replaceAll("#.*", "")))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
