package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class DakBrowserTest extends BrowserTestBase {

    /** The smallest well-formed one-page PDF, standing in for a scanned letter. */
    private static final String ONE_PAGE_PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    @Test
    void theReceiptClerkDiarisesAScannedLetterAndSendsItAndTheAssistantFindsIt() throws Exception {
        signIn("dak.clerk", DEMO_PASSWORD);
        inEnglish();
        clickAndLoad(By.linkText("Diarise"));
        browser.findElement(By.id("subject")).sendKeys("पटवारी हल्का 23 के सीमांकन के संबंध में");
        browser.findElement(By.id("senderName")).sendKeys("राम सिंह");
        browser.findElement(By.id("senderPin")).sendKeys("4661");
        browser.findElement(By.id("sendTo")).sendKeys("Assistant Grade");
        Path scan = Files.createTempFile("letter", ".pdf");
        Files.writeString(scan, ONE_PAGE_PDF, StandardCharsets.US_ASCII);
        browser.findElement(By.id("scan")).sendKeys(scan.toString());
        // The chosen scan is previewed in the page before anything is sent (a local object URL).
        assertThat(wait.until(d -> d.findElement(By.cssSelector("#scan-preview object.scan-preview")))
                .getAttribute("data")).startsWith("blob:");
        screenshot("dak-scan-preview");
        clickAndLoad(By.cssSelector("form.grid-form button[type=submit]"));

        // "Assistant Grade" fits two desks: refused next to the desk picker before anything is stored.
        assertThat(wait.until(d -> d.findElement(By.cssSelector("#sendTo ~ .field-problem"))).getText())
                .contains("Assistant Grade").contains("Ramesh Verma").contains("Kavita Rai");
        assertThat(browser.findElement(By.id("subject")).getAttribute("value")).contains("सीमांकन");
        browser.findElement(By.id("sendTo")).clear();
        browser.findElement(By.id("sendTo")).sendKeys("Assistant Grade-2");
        browser.findElement(By.id("scan")).sendKeys(scan.toString());
        clickAndLoad(By.cssSelector("form.grid-form button[type=submit]"));

        // A PIN of four digits is refused next to its field; what was typed stays.
        WebElement pinProblem = wait.until(d -> d.findElement(By.cssSelector("#senderPin + .field-problem")));
        assertThat(pinProblem.getText()).contains("4661");
        assertThat(browser.findElement(By.id("subject")).getAttribute("value")).contains("सीमांकन");
        screenshot("dak-refused-pin");

        browser.findElement(By.id("senderPin")).clear();
        browser.findElement(By.id("senderPin")).sendKeys("466116");
        assertThat(browser.findElement(By.id("sendTo")).getAttribute("value")).isEqualTo("Assistant Grade-2");
        browser.findElement(By.id("scan")).sendKeys(scan.toString());
        clickAndLoad(By.cssSelector("form.grid-form button[type=submit]"));
        String diarised = wait.until(d -> d.findElement(By.cssSelector(".notice"))).getText();
        assertThat(diarised).containsPattern("\\d+/\\d{4}/");
        screenshot("dak-diarised");

        browser.manage().deleteAllCookies();
        signIn("ag2.rev", DEMO_PASSWORD);
        assertThat(browser.findElement(By.cssSelector("table.desk")).getText()).contains("सीमांकन");
    }
}
