package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.efile.NewFile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Volumes and part files from the file page: the holder opens the next volume, another desk of the section opens a
 * part file, the main file lists both with their holders, and a desk not holding the file is refused a volume.
 */
class FileVolumesBrowserTest extends BrowserTestBase {

    @Autowired
    Eoffice eoffice;

    @Test
    void theHolderOpensTheNextVolumeAnotherDeskOpensAPartFileAndTheMainFileListsBoth() {
        ActingDesk assistant = eoffice.organisation().actingDesk("ag2.rev", null);
        EFile main = eoffice.files().create(assistant, new NewFile("A-22012", null,
                "नहर निर्माण हेतु ग्राम कोलार की भूमि का अर्जन", "Land", null, null, "C-5", null));
        String number = main.item().number();
        String mainPage = "/files/" + main.item().nodeId();

        // The holding desk opens the next volume; it opens at once and names the volume it continues.
        signIn("ag2.rev", DEMO_PASSWORD);
        inEnglish();
        browser.get(url(mainPage));
        assertThat(browser.findElement(By.cssSelector(".meta .volume")).getText()).isEqualTo("Volume 1");
        assertThat(browser.findElement(By.id("volumes")).getText()).contains("No other volumes or part files.");
        clickAndLoad(By.cssSelector("form[action$='/volumes'] button"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(number + " (Vol.2)");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Opened " + number + " (Vol.2)");
        assertThat(browser.findElement(By.cssSelector(".meta .volume")).getText()).isEqualTo("Volume 2");
        assertThat(browser.findElement(By.cssSelector("#volumes tbody")).getText())
                .contains(number).contains("Volume 1").contains("Assistant Grade-2");
        scrollTo("#volumes");
        screenshot("file-volume-2");

        // Back on volume 1: the next volume exists, so only a part file may still be opened from here.
        clickAndLoadElement(browser.findElement(By.linkText(number)));
        assertThat(browser.findElements(By.cssSelector("form[action$='/volumes']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("form[action$='/parts']"))).hasSize(1);

        // The superintendent of the same section does not hold the file: a part file, but no volume for that desk.
        browser.manage().deleteAllCookies();
        signIn("os.rev", DEMO_PASSWORD);
        inEnglish();
        browser.get(url(mainPage));
        assertThat(browser.findElements(By.cssSelector("form[action$='/volumes']"))).isEmpty();
        forgePost(mainPage + "/volumes");
        assertThat(browser.getCurrentUrl()).endsWith(mainPage);
        assertThat(browser.findElement(By.cssSelector("#volumes .problem")).getText())
                .contains("only the holding desk may open a new volume");
        scrollTo("#volumes");
        screenshot("file-volume-refused");

        clickAndLoad(By.cssSelector("form[action$='/parts'] button"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(number + " (Part-1)");
        WebElement partOf = browser.findElement(By.cssSelector(".meta .part-of"));
        assertThat(partOf.getText()).isEqualTo("Part file of " + number);
        assertThat(browser.findElement(By.cssSelector("#volumes")).getText())
                .doesNotContain("Open next volume").doesNotContain("Open part file");
        screenshot("file-part-1");

        // The main file lists its second volume and the part file, each with the desk holding it.
        clickAndLoadElement(partOf.findElement(By.tagName("a")));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .doesNotContain("(Part-1)").doesNotContain("(Vol.2)");
        var rows = browser.findElements(By.cssSelector("#volumes tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains(number + " (Vol.2)").contains("Volume 2")
                .contains("Assistant Grade-2");
        assertThat(rows.get(1).getText()).contains(number + " (Part-1)").contains("Part file 1")
                .contains("Office Superintendent");
        scrollTo("#volumes");
        screenshot("file-volumes-listed");

        // A desk of another section cannot read the file, so it cannot open a part of it either.
        browser.manage().deleteAllCookies();
        signIn("ag3.estt", DEMO_PASSWORD);
        inEnglish();
        browser.get(url(mainPage));
        assertThat(browser.getCurrentUrl()).as("refused at the file's own address").endsWith(mainPage);
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("may not see it");
        browser.get(url("/desk"));
        forgePost(mainPage + "/parts");
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("may not see it");
        assertThat(eoffice.files().volumesAndParts("ag2.rev", main.item().nodeId())).hasSize(2);
    }

    /** Posts to {@code path} with the page's CSRF token, as a hand-made request would, and waits for the answer. */
    private void forgePost(String path) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                const token = document.createElement('input');
                token.type = 'hidden';
                token.name = '_csrf';
                token.value = document.querySelector('input[name=_csrf]').value;
                form.appendChild(token);
                document.body.appendChild(form);
                form.submit();""", path);
        waitUntilReplaced(oldPage);
    }
}
