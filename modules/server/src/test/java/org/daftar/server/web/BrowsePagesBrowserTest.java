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
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("error"));
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("wrong");
        screenshot("login-error");
    }

    @Test
    void signedInUserBrowsesTheDemoOfficeAndSeesHindiLabelsAfterSwitching() {
        signIn("admin", ADMIN_PASSWORD);
        browser.findElement(By.linkText("Repository")).click();
        screenshot("repository-root");
        browser.findElement(By.linkText("Collectorate Sehore")).click();
        browser.findElement(By.linkText("Revenue Section")).click();
        browser.findElement(By.linkText("A-12011-3-2020-Rev")).click();
        browser.findElement(By.linkText("receipt-412-2023.txt")).click();
        assertThat(browser.findElement(By.cssSelector(".properties")).getText())
                .contains("Diary Number").contains("1187/2023/COLL-SEH").contains("05.04.2023");
        screenshot("document-en");

        browser.findElement(By.cssSelector("button.lang[value=hi]")).click();
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("hi"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("डायरी संख्या").contains("सामान्य").contains("संस्करण");
        assertThat(browser.findElement(By.cssSelector("header")).getText()).contains("लॉग आउट");
        screenshot("document-hi");

        // The choice is kept with the account: a new browser session opens in Hindi.
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("hi");
        browser.findElement(By.cssSelector("button.lang[value=en]")).click();
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
    }

    @Test
    void aDocumentUploadedFromTheFolderPageIsListedAndOpens() throws Exception {
        signIn("admin", ADMIN_PASSWORD);
        browser.get(url("/browse"));
        browser.findElement(By.id("folder-name")).sendKeys("अभिलेख 2024");
        browser.findElement(By.cssSelector("form[action*='/folders'] button")).click();
        browser.findElement(By.linkText("अभिलेख 2024")).click();

        Path file = Files.createTempFile("आदेश", ".txt");
        Files.writeString(file, "आदेश क्रमांक 12 दिनांक 05.04.2023", StandardCharsets.UTF_8);
        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.id("upload-name")).sendKeys("order-12.txt");
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")).click();
        WebElement notice = wait.until(d -> d.findElement(By.cssSelector(".notice")));
        assertThat(notice.getText()).contains("order-12.txt");
        screenshot("folder-after-upload");

        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.id("upload-name")).sendKeys("ORDER-12.txt");
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")).click();
        assertThat(wait.until(d -> d.findElement(By.cssSelector(".problem"))).getText())
                .contains("already in the folder");
        screenshot("folder-name-conflict");

        browser.findElement(By.linkText("order-12.txt")).click();
        browser.findElement(By.linkText("Open")).click();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("आदेश क्रमांक 12");
    }
}
