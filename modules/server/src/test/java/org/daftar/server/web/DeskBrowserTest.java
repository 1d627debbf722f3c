package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class DeskBrowserTest extends BrowserTestBase {

    @Test
    void theRevenueAssistantSeesTheNewReceiptUnreadAndImmediateInTheInbox() {
        signIn("ag2.rev", DEMO_PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/desk");
        List<WebElement> unread = browser.findElements(By.cssSelector("table.desk tr.unread"));
        assertThat(unread).hasSize(1);
        assertThat(unread.getFirst().getText()).contains("खसरा क्रमांक 118/2").contains("Immediate");
        screenshot("desk-inbox-en");

        clickAndLoad(By.linkText("Sent"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("सीहोर-आष्टा मार्ग चौड़ीकरण");

        clickAndLoad(By.cssSelector("button.lang[value=hi]"));
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("hi"));
        assertThat(browser.findElement(By.cssSelector(".tabs")).getText()).contains("इनबॉक्स").contains("भेजी गई");
        screenshot("desk-sent-hi");
    }

    @Test
    void theInboxFilterNarrowsBySubjectOrNumber() {
        signIn("os.rev", DEMO_PASSWORD);
        assertThat(browser.findElements(By.cssSelector("table.desk tbody tr"))).hasSize(1);
        browser.findElement(By.id("q")).sendKeys("no such subject");
        clickAndLoad(By.cssSelector(".toolbar button"));
        assertThat(browser.findElements(By.cssSelector("table.desk tbody tr"))).isEmpty();
        new Select(browser.findElement(By.id("kind"))).selectByValue("file");
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("भू-अर्जन");
        clickAndLoad(By.cssSelector(".toolbar button"));
        assertThat(browser.findElements(By.cssSelector("table.desk tbody tr"))).hasSize(1);
    }

    @Test
    void anAdministratorWithoutAPostIsPointedToTheRepository() {
        signIn("admin", ADMIN_PASSWORD);
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("hold no post");
    }
}
