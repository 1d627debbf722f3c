package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.daftar.server.testing.ScanImages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

class RecordRoomImportBrowserTest extends BrowserTestBase {

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void openImportForm() {
        signIn("admin", ADMIN_PASSWORD);
        clickAndLoad(By.linkText("Record room"));
        clickAndLoad(By.linkText("Import scans"));
    }

    /** Waits (the run page reloads itself) until the run has taken in all files and read every page. */
    private void awaitFinished() {
        new WebDriverWait(browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(500))
                .until(d -> d.findElement(By.cssSelector(".run-state")).getText().equals("finished"));
    }

    @Test
    void manyScansAndAZipAreImportedWithAProgressBarAndAReportOfImportedDuplicateAndFailedFiles() throws IOException {
        Path upload = Files.createTempDirectory("record-room-upload");
        byte[] page = ScanImages.png("Revenue record of village Ashta 1994");
        Path first = ScanImages.write(upload, "ashta-1.png", page);
        Path same = ScanImages.write(upload, "ashta-copy.png", page);
        Path notAScan = ScanImages.write(upload, "notes.png", "just some text".getBytes());
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("LR-7/1988/order.png", ScanImages.png("Order of the Collector 1988"));
        Path zip = ScanImages.write(upload, "old-files.zip", ScanImages.zip(zipped));

        openImportForm();
        screenshot("record-room-import-form");
        browser.findElement(By.id("batch")).clear();
        browser.findElement(By.id("batch")).sendKeys("batch-ashta");
        browser.findElement(By.id("languages")).clear();
        browser.findElement(By.id("languages")).sendKeys("eng");
        browser.findElement(By.id("files")).sendKeys(String.join("\n", first.toString(), same.toString(),
                notAScan.toString(), zip.toString()));
        clickAndLoad(By.cssSelector("form.stacked-form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).contains("/record-room/imports/");
        assertThat(browser.findElements(By.cssSelector("progress#files-progress"))).hasSize(1);
        awaitFinished();
        String report = text("table.report-table");
        assertThat(report).contains("ashta-1.png").contains("imported");
        assertThat(report).contains("ashta-copy.png").contains("skipped: duplicate");
        assertThat(report).contains("notes.png").contains("failed");
        assertThat(report).contains("LR-7/1988/order.png");
        assertThat(text(".progress")).contains("Files: 4 of 4").contains("Pages read: 2 of 2")
                .contains("Imported 2, skipped as duplicates 1, failed 1");
        screenshot("record-room-import-run");

        // The imported scan's page shows its OCR and takes a re-OCR request; bad languages are refused at the field.
        clickAndLoad(By.linkText("ashta-1.png"));
        assertThat(text("#ocr")).contains("done").contains("1 of 1").contains("eng").contains("%");
        browser.findElement(By.id("ocr-languages")).clear();
        browser.findElement(By.id("ocr-languages")).sendKeys("eng+zzz");
        clickAndLoad(By.cssSelector("form.reocr button"));
        assertThat(text("#ocr .field-problem")).contains("'zzz' is not installed");
        assertThat(browser.findElement(By.id("ocr-languages")).getAttribute("value")).isEqualTo("eng+zzz");
        browser.findElement(By.id("ocr-languages")).clear();
        browser.findElement(By.id("ocr-languages")).sendKeys("eng");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ocr-mode"))).selectByValue("force");
        clickAndLoad(By.cssSelector("form.reocr button"));
        assertThat(text("#ocr")).contains("Queued for OCR again").contains("force");
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector(".ocr-state")).getText().equals("done");
        });
        screenshot("document-ocr-status");

        // The register has the loose scans' batch and the ZIP's folder as physical files.
        browser.get(url("/record-room"));
        assertThat(text("table.listing")).contains("batch-ashta").contains("LR-7/1988");
    }

    @Test
    void aZipWithAnEntryOutsideTheArchiveAndBadLanguagesAreRefusedNextToTheirFieldsInHindi() throws IOException {
        Path upload = Files.createTempDirectory("record-room-slip");
        Path slip = ScanImages.write(upload, "slip.zip", ScanImages.zip(Map.of("../../escape.png", ScanImages.png("x"))));
        openImportForm();
        browser.findElement(By.id("files")).sendKeys(slip.toString());
        clickAndLoad(By.cssSelector("form.stacked-form button[type=submit]"));
        assertThat(text(".field-problem")).contains("slip.zip").contains("../../escape.png").contains("outside the archive");
        assertThat(browser.findElement(By.id("files")).getAttribute("aria-invalid")).isEqualTo("true");

        clickAndLoad(By.cssSelector("button.lang[value=hi]"));
        browser.findElement(By.id("languages")).clear();
        browser.findElement(By.id("languages")).sendKeys("Hindi");
        browser.findElement(By.id("files")).sendKeys(ScanImages.write(upload, "a.png", ScanImages.png("a")).toString());
        clickAndLoad(By.cssSelector("form.stacked-form button[type=submit]"));
        assertThat(text(".field-problem")).contains("भाषाएँ eng+hin की तरह लिखें").contains("Hindi");
        screenshot("record-room-import-refused-hi");
        clickAndLoad(By.cssSelector("button.lang[value=en]"));
    }
}
