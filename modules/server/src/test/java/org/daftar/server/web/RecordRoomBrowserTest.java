package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class RecordRoomBrowserTest extends BrowserTestBase {

    @Test
    void theRegisterListsThe1987FileWithItsShelfAndFiltersByRetention() {
        signIn("admin", ADMIN_PASSWORD);
        browser.findElement(By.linkText("Record room")).click();
        String register = browser.findElement(By.cssSelector("table.listing")).getText();
        assertThat(register).contains("LR/112/1987").contains("R-2 / 14 / 3 / B-0412").contains("01.01.2012");
        screenshot("record-room-register");
        browser.findElement(By.id("retention")).sendKeys("C-5");
        browser.findElement(By.cssSelector(".toolbar button")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("LR/112/1987");
    }
}
