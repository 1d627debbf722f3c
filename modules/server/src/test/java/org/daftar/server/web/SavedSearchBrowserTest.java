package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

class SavedSearchBrowserTest extends BrowserTestBase {

    private static String decoded(String url) {
        return java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aSearchIsSavedUnderAHindiNameRunAgainRefusedTwiceUnderOneNameAndDeleted() {
        signIn("admin", ADMIN_PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.get(url("/search?q=" + java.net.URLEncoder.encode("बिलकिसगंज", java.nio.charset.StandardCharsets.UTF_8)));
            return !d.findElements(By.cssSelector("article.hit")).isEmpty();
        });
        // narrow by a facet, so the saved search carries a filter too
        clickAndLoad(By.cssSelector(".facets section a"));
        String narrowed = browser.getCurrentUrl();

        browser.findElement(By.id("saved-name")).sendKeys("बिलकिसगंज नामांतरण");
        clickAndLoad(By.cssSelector("form.save-search button"));
        assertThat(browser.findElement(By.cssSelector(".saved-searches")).getText())
                .contains("\"बिलकिसगंज नामांतरण\"").contains("बिलकिसगंज नामांतरण");
        screenshot("search-saved");

        browser.findElement(By.id("saved-name")).sendKeys("बिलकिसगंज नामांतरण");
        clickAndLoad(By.cssSelector("form.save-search button"));
        assertThat(browser.findElement(By.cssSelector(".save-search .field-problem")).getText())
                .contains("already have a saved search of this name");
        assertThat(browser.findElements(By.cssSelector(".saved-list li"))).hasSize(1);

        browser.get(url("/search"));
        clickAndLoad(By.linkText("बिलकिसगंज नामांतरण"));
        assertThat(decoded(browser.getCurrentUrl())).isEqualTo(decoded(narrowed));
        assertThat(browser.findElements(By.cssSelector("article.hit"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".facets a.current"))).hasSize(1);

        clickAndLoad(By.cssSelector(".saved-list button"));
        assertThat(browser.findElements(By.cssSelector(".saved-list li"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".saved-searches")).getText()).contains("Deleted");
    }
}
