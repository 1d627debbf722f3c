package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class FileBrowserTest extends BrowserTestBase {

    @Test
    void theSuperintendentNotesDraftsAndSendsTheFileAndTheDeputyCollectorApprovesAndIssuesTheLetter() {
        signIn("os.rev", DEMO_PASSWORD);
        inEnglish();
        // Other browser tests share the server: pick the demo file by its subject.
        clickAndLoadElement(rowWith("भू-अर्जन").findElement(By.tagName("a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("भू-अर्जन");
        assertThat(browser.findElements(By.cssSelector(".note.green"))).hasSize(1);

        browser.findElement(By.id("note-text")).sendKeys("भू-अर्जन अधिकारी से प्रतिवेदन प्राप्त करने हेतु पत्र प्रस्तुत।");
        browser.findElement(By.id("note-refs")).sendKeys("4/c");
        clickAndLoad(By.cssSelector("form[action$='/notes'] button"));
        // The file has no correspondence yet: the reference is refused and the typed note comes back.
        assertThat(wait.until(d -> d.findElement(By.cssSelector(".problem"))).getText()).contains("4/c");
        assertThat(browser.findElement(By.id("note-text")).getAttribute("value")).contains("प्रतिवेदन");
        browser.findElement(By.id("note-refs")).clear();
        clickAndLoad(By.cssSelector("form[action$='/notes'] button"));
        WebElement yellow = wait.until(d -> d.findElement(By.cssSelector(".note.yellow")));
        assertThat(yellow.getText()).startsWith("2.").contains("प्रतिवेदन");
        screenshot("file-yellow-note");

        // The desk picker: "Collector" fits every desk of the Collectorate, so it is refused next to the field.
        browser.findElement(By.id("send-to")).sendKeys("Collector");
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector("#send-to ~ .field-problem"))).getText())
                .contains("Collector").contains("desks");
        assertThat(browser.findElement(By.id("send-to")).getAttribute("value")).isEqualTo("Collector");
        // An unknown name is refused likewise.
        browser.findElement(By.id("send-to")).clear();
        browser.findElement(By.id("send-to")).sendKeys("Tahsildar Budhni");
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector("#send-to ~ .field-problem"))).getText())
                .contains("Tahsildar Budhni");
        screenshot("file-desk-picker-refused");

        // The holder's name picks the Deputy Collector; a yellow note keeps the file here: the office rule refuses.
        browser.findElement(By.id("send-to")).clear();
        browser.findElement(By.id("send-to")).sendKeys("anil patel");
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector("form.send-form .problem"))).getText()).containsIgnoringCase("yellow");

        clickAndLoad(By.cssSelector(".note.yellow form[action$='/confirm'] button"));
        wait.until(d -> d.findElements(By.cssSelector(".note.green")).size() == 2);
        assertThat(browser.findElements(By.cssSelector(".note.yellow"))).isEmpty();

        // A draft letter, then a second version of it.
        browser.findElement(By.cssSelector("#drafts details summary")).click();
        clickAndLoad(By.cssSelector("form[action$='/drafts'] button"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector("#draft-subject ~ .field-problem"))).isDisplayed()).isTrue();
        browser.findElement(By.id("draft-subject")).sendKeys("भू-अर्जन प्रतिवेदन हेतु स्मरण पत्र");
        browser.findElement(By.id("draft-addressee")).sendKeys("भू-अर्जन अधिकारी, सीहोर");
        browser.findElement(By.id("draft-text")).sendKeys("कृपया भू-अर्जन का प्रतिवेदन सात दिवस में भेजें।");
        clickAndLoad(By.cssSelector("form[action$='/drafts'] button"));
        WebElement draft = wait.until(d -> d.findElement(By.cssSelector("article.draft")));
        assertThat(draft.getText()).contains("स्मरण पत्र").contains("Draft").contains("1.0");
        // The author cannot approve their own draft: no button for it.
        assertThat(draft.findElements(By.cssSelector("form[action$='/approve']"))).isEmpty();
        draft.findElement(By.tagName("summary")).click();
        WebElement text = draft.findElement(By.cssSelector("textarea"));
        text.clear();
        text.sendKeys("कृपया भू-अर्जन का प्रतिवेदन तीन दिवस में भेजें।");
        clickAndLoadElement(draft.findElement(By.cssSelector("form[action$='/edit'] button")));
        assertThat(wait.until(d -> d.findElement(By.cssSelector("article.draft"))).getText())
                .contains("तीन दिवस").contains("1.1");

        browser.findElement(By.id("send-to")).sendKeys("Deputy Collector");
        browser.findElement(By.id("send-remarks")).sendKeys("अवलोकनार्थ");
        new Select(browser.findElement(By.id("send-priority"))).selectByValue("Immediate");
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        wait.until(d -> d.getCurrentUrl().contains("folder=sent"));
        screenshot("desk-after-send");

        // Sent and not yet opened: the sender may pull it back, and send it again.
        clickAndLoadElement(rowWith("भू-अर्जन").findElement(By.tagName("a")));
        clickAndLoad(By.cssSelector("form[action$='/pull-back'] button"));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Pulled back");
        assertThat(browser.findElements(By.cssSelector("form[action$='/pull-back']"))).isEmpty();
        browser.findElement(By.id("send-to")).sendKeys("Deputy Collector");
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        wait.until(d -> d.getCurrentUrl().contains("folder=sent"));

        browser.manage().deleteAllCookies();
        signIn("dc.rev", DEMO_PASSWORD);
        inEnglish();
        List<WebElement> unread = browser.findElements(By.cssSelector("table.desk tr.unread"));
        assertThat(unread).hasSize(1);
        assertThat(unread.getFirst().getText()).contains("भू-अर्जन");
        clickAndLoadElement(unread.getFirst().findElement(By.tagName("a")));
        assertThat(browser.findElement(By.cssSelector(".two-sides")).getText()).contains("भू-अर्जन अधिकारी से प्रतिवेदन");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("Sent").contains("Pulled back").contains("अवलोकनार्थ");

        // The Deputy Collector is above the author and received the file after the draft: approve, then issue.
        clickAndLoad(By.cssSelector("article.draft form[action$='/approve'] button"));
        assertThat(browser.findElement(By.cssSelector("article.draft")).getText()).contains("Approved");
        clickAndLoad(By.cssSelector("article.draft form[action$='/issue'] button"));
        String issued = browser.findElement(By.cssSelector(".notice")).getText();
        assertThat(issued).containsPattern("D-\\d+/\\d{4}/COLL-SEH");
        assertThat(browser.findElement(By.cssSelector("article.draft .dispatch-number")).getText()).containsPattern("D-\\d+/");
        assertThat(browser.findElements(By.cssSelector("article.draft details"))).isEmpty();
        screenshot("file-at-deputy-collector");
        clickAndLoad(By.linkText("My desk"));
        assertThat(browser.findElements(By.cssSelector("table.desk tr.unread"))).isEmpty();

        // Opened by the receiver: the sender no longer gets a pull back button.
        browser.manage().deleteAllCookies();
        signIn("os.rev", DEMO_PASSWORD);
        browser.get(url("/desk?folder=sent"));
        clickAndLoadElement(rowWith("भू-अर्जन").findElement(By.tagName("a")));
        assertThat(browser.findElements(By.cssSelector("form[action$='/pull-back']"))).isEmpty();
        assertThat(browser.findElements(By.id("send-to"))).isEmpty();
    }

    @Test
    void theDeputyCollectorMakesTheParkedFileActiveAndClosesItOnlyWithARemarkThenReopensIt() {
        signIn("dc.rev", DEMO_PASSWORD);
        inEnglish();
        clickAndLoad(By.linkText("Parked"));
        clickAndLoad(By.cssSelector("table.desk tbody tr a"));
        assertThat(browser.findElement(By.cssSelector(".badge.status")).getText()).isEqualTo("Parked");
        assertThat(browser.findElements(By.id("note-text"))).isEmpty();
        clickAndLoad(By.cssSelector("form[action$='/activate'] button"));
        assertThat(browser.findElements(By.cssSelector(".badge.status"))).isEmpty();

        clickAndLoad(By.cssSelector("form[action$='/close'] button"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector("#close-remarks ~ .field-problem"))).getText())
                .isEqualTo("This is required.");
        browser.findElement(By.id("close-remarks")).sendKeys("उच्च न्यायालय का आदेश प्राप्त, वसूली पूर्ण");
        clickAndLoad(By.cssSelector("form[action$='/close'] button"));
        assertThat(browser.findElement(By.cssSelector(".badge.status")).getText()).isEqualTo("Closed");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Closed").contains("वसूली पूर्ण");
        screenshot("file-closed");

        clickAndLoad(By.cssSelector("form[action$='/reopen'] button"));
        assertThat(browser.findElements(By.cssSelector(".badge.status"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Reopened");
        assertThat(browser.findElement(By.cssSelector("table.holders")).getText()).contains("Deputy Collector");
    }

    private WebElement rowWith(String text) {
        return browser.findElements(By.cssSelector("table.desk tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
    }
}
