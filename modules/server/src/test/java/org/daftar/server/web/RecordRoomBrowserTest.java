package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class RecordRoomBrowserTest extends BrowserTestBase {

    @Test
    void theRegisterListsThe1987FileWithItsShelfAndFiltersByRetention() {
        signIn("admin", ADMIN_PASSWORD);
        clickAndLoad(By.linkText("Record room"));
        String register = browser.findElement(By.cssSelector("table.listing")).getText();
        assertThat(register).contains("LR/112/1987").contains("R-2 / 14 / 3 / B-0412").contains("01.01.2012");
        screenshot("record-room-register");
        browser.findElement(By.id("retention")).sendKeys("C-5");
        clickAndLoad(By.cssSelector(".toolbar button"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("LR/112/1987");
    }
}
