package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class DashboardBrowserTest extends BrowserTestBase {

    @Test
    void theCollectorSeesPendencyByDeskWithBarsAndTheOfficeRanking() {
        signIn("collector", DEMO_PASSWORD);
        clickAndLoad(By.linkText("Dashboard"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Pendency by section").contains("Revenue Section").contains("Offices");
        assertThat(page).contains("Tehsil Office Ashta").contains("Tehsil Office Ichhawar");
        assertThat(browser.findElements(By.cssSelector("svg.chart-bar rect"))).isNotEmpty();
        screenshot("dashboard-en");
        clickAndLoad(By.cssSelector("button.lang[value=hi]"));
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("hi"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("डेस्कवार लंबित").contains("राजस्व शाखा");
        screenshot("dashboard-hi");
        clickAndLoad(By.cssSelector("button.lang[value=en]"));
    }
}
