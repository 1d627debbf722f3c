package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The receipt page: park, make active, close only with a remark, reopen; and putting a receipt into a file from the file's side. */
class ReceiptBrowserTest extends BrowserTestBase {

    @Test
    void theClerkParksClosesAndReopensAReceiptAndTheAssistantPutsTwoReceiptsInOneFile() {
        signIn("dak.clerk", DEMO_PASSWORD);
        inEnglish();
        diarisePhysical("स्थापना शाखा: अवकाश स्वीकृति आवेदन", "Kavita Rai");
        diarisePhysical("स्थापना शाखा: अवकाश आवेदन का संलग्न चिकित्सा प्रमाण पत्र", "Kavita Rai");
        diarisePhysical("कार्यालय हेतु लेखन सामग्री का देयक", "");

        // The receipt kept at the counter: park with a reason, make active, close (needs a remark), reopen.
        clickAndLoad(By.cssSelector(".notice a"));
        assertThat(browser.findElement(By.cssSelector(".properties")).getText()).contains("Physical");
        browser.findElement(By.id("park-remarks")).sendKeys("देयक में हस्ताक्षर अपेक्षित");
        clickAndLoad(By.cssSelector("form[action$='/park'] button"));
        assertThat(browser.findElement(By.cssSelector(".badge.status")).getText()).isEqualTo("Parked");
        assertThat(browser.findElements(By.id("send-to"))).isEmpty();
        clickAndLoad(By.cssSelector("form[action$='/activate'] button"));
        assertThat(browser.findElements(By.cssSelector(".badge.status"))).isEmpty();
        clickAndLoad(By.cssSelector("form[action$='/close'] button"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector("#close-remarks ~ .field-problem"))).getText())
                .isEqualTo("This is required.");
        browser.findElement(By.id("close-remarks")).sendKeys("देयक भुगतान हेतु लेखा शाखा को भौतिक रूप से दिया");
        clickAndLoad(By.cssSelector("form[action$='/close'] button"));
        assertThat(browser.findElement(By.cssSelector(".badge.status")).getText()).isEqualTo("Closed");
        clickAndLoad(By.cssSelector("form[action$='/reopen'] button"));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("Parked").contains("Made active").contains("Closed").contains("Reopened").contains("हस्ताक्षर अपेक्षित");
        screenshot("receipt-reopened");

        // The Establishment assistant opens a file from the first receipt and puts the second in it from the file page.
        browser.manage().deleteAllCookies();
        signIn("ag3.estt", DEMO_PASSWORD);
        inEnglish();
        clickAndLoadElement(rowWith("अवकाश स्वीकृति").findElement(By.tagName("a")));
        assertThat(browser.findElements(By.cssSelector("form[action$='/close']"))).as("only the creating desk closes").isEmpty();
        clickAndLoad(By.cssSelector("a[href$='/new-file']"));
        new Select(browser.findElement(By.id("head"))).selectByValue("E-11011");
        clickAndLoad(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("E-11011/").contains("Estt");

        new Select(browser.findElement(By.id("attach-receipt"))).selectByVisibleText(
                new Select(browser.findElement(By.id("attach-receipt"))).getOptions().stream().map(WebElement::getText)
                        .filter(t -> t.contains("चिकित्सा प्रमाण पत्र")).findFirst().orElseThrow());
        browser.findElement(By.id("attach-pages")).sendKeys("दो");
        clickAndLoad(By.cssSelector("form[action$='/correspondence'] button"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector("#attach-pages ~ .field-problem"))).getText()).contains("दो");
        browser.findElement(By.id("attach-pages")).clear();
        browser.findElement(By.id("attach-pages")).sendKeys("2");
        clickAndLoad(By.cssSelector("form[action$='/correspondence'] button"));
        String correspondence = browser.findElement(By.cssSelector(".correspondence .pages")).getText();
        assertThat(correspondence).contains("pages 1-1").contains("pages 2-3").contains("चिकित्सा प्रमाण पत्र");
        screenshot("file-two-receipts");

        // A receipt in a file moves with the file: its page names the file and offers no send.
        clickAndLoadElement(browser.findElements(By.cssSelector(".correspondence .pages li a")).get(1));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("E-11011/").contains("2-3");
        assertThat(browser.findElements(By.id("send-to"))).isEmpty();
    }

    private void diarisePhysical(String subject, String sendTo) {
        browser.get(url("/dak/new"));
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("senderName")).sendKeys("रमेश कुमार, पटवारी");
        browser.findElement(By.id("sendTo")).sendKeys(sendTo);
        clickAndLoad(By.cssSelector("form.grid-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).containsPattern("\\d+/\\d{4}/COLL-SEH");
    }

    private WebElement rowWith(String text) {
        return browser.findElements(By.cssSelector("table.desk tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
    }
}
