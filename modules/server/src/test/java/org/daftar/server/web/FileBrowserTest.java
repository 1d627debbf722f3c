package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class FileBrowserTest extends BrowserTestBase {

    @Test
    void theSuperintendentNotesConfirmsAndSendsTheFileAndTheDeputyCollectorFindsItUnread() {
        signIn("os.rev", DEMO_PASSWORD);
        clickAndLoad(By.cssSelector("table.desk tbody tr a"));
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

        // A yellow note keeps the file at this desk: sending is refused with the office rule.
        new Select(browser.findElement(By.id("send-to"))).selectByVisibleText(postStartingWith("Deputy Collector"));
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector(".problem"))).getText()).containsIgnoringCase("yellow");

        clickAndLoad(By.cssSelector(".note.yellow form[action$='/confirm'] button"));
        wait.until(d -> d.findElements(By.cssSelector(".note.green")).size() == 2);
        assertThat(browser.findElements(By.cssSelector(".note.yellow"))).isEmpty();

        new Select(browser.findElement(By.id("send-to"))).selectByVisibleText(postStartingWith("Deputy Collector"));
        browser.findElement(By.id("send-remarks")).sendKeys("अवलोकनार्थ");
        new Select(browser.findElement(By.id("send-priority"))).selectByValue("Immediate");
        clickAndLoad(By.cssSelector("form[action$='/send'] button"));
        wait.until(d -> d.getCurrentUrl().contains("folder=sent"));
        screenshot("desk-after-send");

        browser.manage().deleteAllCookies();
        signIn("dc.rev", DEMO_PASSWORD);
        List<WebElement> unread = browser.findElements(By.cssSelector("table.desk tr.unread"));
        assertThat(unread).hasSize(1);
        assertThat(unread.getFirst().getText()).contains("भू-अर्जन").contains("Immediate");
        clickAndLoadElement(unread.getFirst().findElement(By.tagName("a")));
        assertThat(browser.findElement(By.cssSelector(".two-sides")).getText()).contains("भू-अर्जन अधिकारी से प्रतिवेदन");
        screenshot("file-at-deputy-collector");
        clickAndLoad(By.linkText("My desk"));
        assertThat(browser.findElements(By.cssSelector("table.desk tr.unread"))).isEmpty();
    }

    private String postStartingWith(String prefix) {
        return new Select(browser.findElement(By.id("send-to"))).getOptions().stream()
                .map(WebElement::getText).filter(t -> t.startsWith(prefix)).findFirst().orElseThrow();
    }
}
