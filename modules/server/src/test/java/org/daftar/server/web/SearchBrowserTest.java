package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

class SearchBrowserTest extends BrowserTestBase {

    /** Searches until the (asynchronous) index has the demo data, then returns the result text. */
    private String searchFor(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.get(url("/search?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)));
            return !d.findElements(By.cssSelector("article.hit")).isEmpty();
        });
        return browser.findElement(By.cssSelector(".hits")).getText();
    }

    @Test
    void aHindiPhraseFromAReceiptFindsItWithItsPageAndLatinLettersFindItToo() {
        signIn("admin", ADMIN_PASSWORD);
        String hits = searchFor("बिलकिसगंज");
        assertThat(hits).contains("नामांतरण");
        assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        screenshot("search-hindi");

        String latin = searchFor("bilkisganj");
        assertThat(latin).contains("बिलकिसगंज");
        screenshot("search-latin");

        // The best hit is the demo mutation file (its subject names the village); it opens as its folder.
        clickAndLoad(By.cssSelector("article.hit h3 a"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("A-12011-3-2020-Rev");
    }
}
