package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The audit review register: administrators see and write signed checkpoints of the audit chain; desks may not. */
class AuditRegisterBrowserTest extends BrowserTestBase {

    @Test
    void anAdministratorWritesACheckpointAndSeesItInTheRegisterToPrint() {
        signIn("admin", ADMIN_PASSWORD);
        inEnglish();
        browser.get(url("/audit-register"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit review register");
        int before = browser.findElements(By.cssSelector("table.listing tbody tr")).size();

        clickAndLoad(By.xpath("//button[text()='Write a checkpoint now']"));

        List<WebElement> rows = browser.findElements(By.cssSelector("table.listing tbody tr"));
        assertThat(rows).hasSize(before + 1);
        assertThat(rows.getFirst().findElement(By.tagName("code")).getText()).matches("[0-9a-f]{64}");
        assertThat(browser.findElement(By.cssSelector("dl.facts code")).getText()).matches("([0-9a-f]{4} ){7}[0-9a-f]{4}");
        assertThat(browser.findElements(By.cssSelector("main .problem"))).isEmpty();
        screenshot("audit-register");

        clickAndLoad(By.cssSelector("button.lang[value=hi]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("लेखा-परीक्षा समीक्षा रजिस्टर");
        clickAndLoad(By.cssSelector("button.lang[value=en]"));
    }

    @Test
    void aDeskUserIsToldTheRegisterIsForAdministrators() {
        signIn("collector", DEMO_PASSWORD);
        inEnglish();
        browser.get(url("/audit-register"));

        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("This page is for administrators.");
    }
}
