package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.receipt.NewReceipt;
import org.daftar.eoffice.receipt.Receipt;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Correcting a receipt's diary entry: every field while it is at the counter, a bad value refused next to its field;
 * once it has moved, received date, letter date and delivery mode are read-only and a forged change is refused.
 */
class ReceiptEditBrowserTest extends BrowserTestBase {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    Eoffice eoffice;

    @Test
    void theCounterCorrectsTheEntryBeforeSendingAndTheReceiverCannotChangeTheFrozenFields() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        ActingDesk counter = eoffice.organisation().actingDesk("dak.clerk", null);
        Receipt receipt = eoffice.receipts().diarise(counter, new NewReceipt("पेयजल परिवहन हेतु टैंकर किराया भुगतान",
                "Water", null, "ग्राम पंचायत सचिव, बिलकिसगंज", null, null, null, "Madhya Pradesh", "Sehore", null, null,
                null, "GP/112", today.minusDays(5), today, "Post", "Normal", false, false, true, null, null), null, null);
        String page = "/receipts/" + receipt.item().nodeId();

        signIn("dak.clerk", DEMO_PASSWORD);
        inEnglish();
        browser.get(url(page));
        browser.findElement(By.cssSelector("details.edit-entry summary")).click();
        replace("edit-letterNumber", "GP/112/2026");
        replace("edit-senderPin", "4660");
        setDate("edit-receivedDate", today.minusDays(1));
        clickAndLoad(By.cssSelector("form[action$='/edit'] button[type=submit]"));
        // The PIN code is refused next to its field; the form stays open with what was typed.
        assertThat(wait.until(d -> d.findElement(By.cssSelector("#edit-senderPin ~ .field-problem"))).getText())
                .contains("4660");
        assertThat(browser.findElement(By.id("edit-letterNumber")).getAttribute("value")).isEqualTo("GP/112/2026");
        scrollTo("form[action$='/edit']");
        screenshot("receipt-edit-refused-pin");
        replace("edit-senderPin", "466001");
        browser.findElement(By.id("edit-vip")).click();
        clickAndLoad(By.cssSelector("form[action$='/edit'] button[type=submit]"));
        String entry = browser.findElement(By.cssSelector(".properties")).getText();
        assertThat(entry).contains("GP/112/2026").contains("466001").contains(today.minusDays(1).format(SHOWN));
        assertThat(browser.findElement(By.cssSelector(".meta .badge.vip")).getText()).isEqualTo("VIP");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Done.");

        // Sent to the superintendent: the counter no longer holds it and gets no form.
        browser.findElement(By.id("send-to")).sendKeys("sunita sharma");
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        browser.get(url(page));
        assertThat(browser.findElements(By.cssSelector("details.edit-entry"))).isEmpty();

        browser.manage().deleteAllCookies();
        signIn("os.rev", DEMO_PASSWORD);
        inEnglish();
        browser.get(url(page));
        browser.findElement(By.cssSelector("details.edit-entry summary")).click();
        for (String frozen : new String[] {"edit-receivedDate", "edit-letterDate", "edit-deliveryMode"}) {
            assertThat(browser.findElement(By.id(frozen)).isEnabled()).as(frozen).isFalse();
        }
        assertThat(browser.findElement(By.cssSelector(".frozen-note")).getText()).contains("can no longer change");
        replace("edit-subject", "पेयजल परिवहन हेतु टैंकर किराया भुगतान (माह अक्टूबर)");
        clickAndLoad(By.cssSelector("form[action$='/edit'] button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("h1 small")).getText()).contains("माह अक्टूबर");
        browser.findElement(By.cssSelector("details.edit-entry summary")).click();
        scrollTo("form[action$='/edit']");
        screenshot("receipt-edit-frozen");

        // A hand-made request that changes the received date anyway is refused, next to that field.
        ((JavascriptExecutor) browser).executeScript("arguments[0].disabled = false;",
                browser.findElement(By.id("edit-receivedDate")));
        setDate("edit-receivedDate", today.minusDays(3));
        clickAndLoad(By.cssSelector("form[action$='/edit'] button[type=submit]"));
        WebElement refusal = wait.until(d -> d.findElement(By.cssSelector("#edit-receivedDate ~ .field-problem")));
        assertThat(refusal.getText()).isEqualTo("Frozen since the receipt first moved; it stays "
                + today.minusDays(1).format(SHOWN) + ".");
        assertThat(browser.findElement(By.cssSelector("details.edit-entry .problem")).getText()).contains("frozen");
        assertThat(browser.findElement(By.id("edit-receivedDate")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("edit-receivedDate")).getAttribute("value"))
                .as("a frozen field shows what is stored, not the refused change").isEqualTo(today.minusDays(1).toString());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", refusal);
        screenshot("receipt-edit-frozen-refused");
        assertThat(eoffice.receipts().get("os.rev", receipt.item().nodeId()).node().properties().get("eo:receivedDate"))
                .hasToString(today.minusDays(1).toString());

        // The same form in Hindi; then back to English for the other tests of the shared demo users.
        clickAndLoad(By.cssSelector("button.lang[value=hi]"));
        browser.findElement(By.cssSelector("details.edit-entry summary")).click();
        assertThat(browser.findElement(By.cssSelector(".frozen-note")).getText()).contains("अब बदले नहीं जा सकते");
        scrollTo("details.edit-entry");
        screenshot("receipt-edit-frozen-hi");
        inEnglish();
    }

    private void replace(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take typed digits in the browser's locale order; setting the ISO value is what a picker does. */
    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), date.toString());
    }
}
