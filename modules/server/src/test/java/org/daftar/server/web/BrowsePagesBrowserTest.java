package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class BrowsePagesBrowserTest extends BrowserTestBase {

    @Test
    void aWrongPasswordStaysOnTheLoginPageWithAMessage() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not the password");
        clickAndLoad(By.cssSelector("form.stacked button[type=submit]"));
        wait.until(d -> d.getCurrentUrl().contains("error"));
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("wrong");
        screenshot("login-error");
    }

    @Test
    void signedInUserBrowsesTheDemoOfficeAndSeesHindiLabelsAfterSwitching() {
        signIn("admin", ADMIN_PASSWORD);
        clickAndLoad(By.linkText("Repository"));
        screenshot("repository-root");
        clickAndLoadElement(wait.until(d -> d.findElement(By.linkText("Collectorate Sehore"))));
        clickAndLoadElement(wait.until(d -> d.findElement(By.linkText("Revenue Section"))));
        clickAndLoadElement(wait.until(d -> d.findElement(By.linkText("A-12011-3-2020-Rev"))));
        clickAndLoadElement(wait.until(d -> d.findElement(By.linkText("receipt-412-2023.txt"))));
        assertThat(browser.findElement(By.cssSelector(".properties")).getText())
                .contains("Diary Number").contains("1187/2023/COLL-SEH").contains("05.04.2023");
        screenshot("document-en");

        clickAndLoad(By.cssSelector("button.lang[value=hi]"));
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("hi"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("डायरी संख्या").contains("सामान्य").contains("संस्करण");
        assertThat(browser.findElement(By.cssSelector("header")).getText()).contains("लॉग आउट");
        screenshot("document-hi");

        // The choice is kept with the account: a new browser session opens in Hindi.
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("hi");
        clickAndLoad(By.cssSelector("button.lang[value=en]"));
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
    }

    @Test
    void aDocumentUploadedFromTheFolderPageIsListedAndOpens() throws Exception {
        signIn("admin", ADMIN_PASSWORD);
        browser.get(url("/browse"));
        browser.findElement(By.id("folder-name")).sendKeys("अभिलेख 2024");
        clickAndLoad(By.cssSelector("form[action*='/folders'] button"));
        clickAndLoadElement(wait.until(d -> d.findElement(By.linkText("अभिलेख 2024"))));
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("अभिलेख 2024"));

        Path file = Files.createTempFile("आदेश", ".txt");
        Files.writeString(file, "आदेश क्रमांक 12 दिनांक 05.04.2023", StandardCharsets.UTF_8);
        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.id("upload-name")).sendKeys("order-12.txt");
        clickAndLoad(By.cssSelector("form[enctype='multipart/form-data'] button"));
        WebElement notice = wait.until(d -> d.findElement(By.cssSelector(".notice")));
        assertThat(notice.getText()).contains("order-12.txt");
        screenshot("folder-after-upload");

        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.id("upload-name")).sendKeys("ORDER-12.txt");
        clickAndLoad(By.cssSelector("form[enctype='multipart/form-data'] button"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector(".problem"))).getText())
                .contains("already in the folder");
        screenshot("folder-name-conflict");

        clickAndLoad(By.linkText("order-12.txt"));
        clickAndLoadElement(wait.until(d -> d.findElement(By.linkText("Open"))));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("आदेश क्रमांक 12");
    }
}
