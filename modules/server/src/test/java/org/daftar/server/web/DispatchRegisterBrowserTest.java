package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.draft.Dispatch;
import org.daftar.eoffice.draft.Draft;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.efile.NewFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.organisation.Office;
import org.daftar.eoffice.organisation.Organisation;
import org.daftar.eoffice.organisation.Post;
import org.daftar.eoffice.organisation.Section;
import org.daftar.repository.user.UserAccount;
import org.daftar.repository.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The dispatch register page. The letters are issued through the services in two tehsil offices of this test's own
 * (Nasrullaganj, and Rehti where its Tehsildar holds additional charge), so no demo desk's inbox changes under the
 * other browser tests that share the server.
 */
class DispatchRegisterBrowserTest extends BrowserTestBase {

    private static final String READER = "reader.nsg";
    private static final String TEHSILDAR = "tehsildar.nsg";
    /** Dispatch numbers, and so the register's default year, carry the UTC year. */
    private static final int THIS_YEAR = Year.now(ZoneOffset.UTC).getValue();

    @Autowired
    Eoffice eoffice;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theReaderFindsTheIssuedLetterInTheRegisterInEnglishAndHindiAndDownloadsItAsCsv() throws Exception {
        Tehsils tehsils = tehsils();
        Dispatch dispatch = issue(tehsils, "नामांतरण आदेश की प्रति प्रेषित", "श्री रामप्रसाद, ग्राम बीलपान", "Speed Post");
        String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        signIn(READER, DEMO_PASSWORD);
        inEnglish();
        clickAndLoad(By.linkText("Dispatch register"));
        assertThat(browser.getCurrentUrl()).endsWith("/dispatch");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tehsil Office Nasrullaganj");
        // One office only: no office chooser.
        assertThat(browser.findElements(By.cssSelector("select#office"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("main .count")).getText())
                .matches("Letters dispatched in " + THIS_YEAR + ": [\\d,]+");
        WebElement row = row(dispatch.dispatchNumber());
        assertThat(row.getText()).contains(today).contains("श्री रामप्रसाद, ग्राम बीलपान").contains("Speed Post")
                .contains("नामांतरण आदेश की प्रति प्रेषित")
                .contains("Tehsildar, Reader Section, Tehsil Office Nasrullaganj");
        WebElement fileLink = row.findElement(By.linkText(dispatch.fileNumber()));
        assertThat(fileLink.getAttribute("href")).endsWith("/files/" + dispatch.fileId());
        assertThat(row.findElement(By.linkText("नामांतरण आदेश की प्रति प्रेषित")).getAttribute("href"))
                .endsWith("/documents/" + dispatch.draftId());
        // Newest first: the letter just issued heads the register.
        assertThat(browser.findElement(By.cssSelector("table.dispatch tbody tr td.dispatch-number")).getText())
                .isEqualTo(dispatch.dispatchNumber());
        screenshot("dispatch-register-en");
        // The subject opens the issued letter, the file number its file.
        clickAndLoad(By.linkText("नामांतरण आदेश की प्रति प्रेषित"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("नामांतरण आदेश की प्रति प्रेषित")
                .contains(dispatch.dispatchNumber());
        browser.get(url("/dispatch"));
        clickAndLoadElement(row(dispatch.dispatchNumber()).findElement(By.linkText(dispatch.fileNumber())));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(dispatch.fileNumber());
        browser.get(url("/dispatch"));

        clickAndLoad(By.cssSelector("button.lang[value=hi]"));
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("hi"));
        assertThat(browser.findElement(By.cssSelector("nav.sections")).getText()).contains("प्रेषण पंजी");
        assertThat(browser.findElement(By.cssSelector("table.dispatch thead")).getText())
                .contains("प्रेषण क्रमांक").contains("दिनांक").contains("प्रेषिती").contains("प्रेषण का माध्यम");
        assertThat(row(dispatch.dispatchNumber()).getText()).contains("स्पीड पोस्ट").contains(today)
                .contains("तहसीलदार");
        screenshot("dispatch-register-hi");

        // The CSV link of the page: the year's register, UTF-8 with a byte-order mark, labels in the reader's language.
        String csvLink = browser.findElement(By.linkText("CSV डाउनलोड करें")).getAttribute("href");
        HttpResponse<byte[]> csv = http.send(signedIn(csvLink), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("dispatch-register-TEH-NSG-" + THIS_YEAR + ".csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("प्रेषण क्रमांक,दिनांक,प्रेषिती,प्रेषण का माध्यम,फ़ाइल,विषय,प्रेषक डेस्क");
        assertThat(lines).contains(String.join(",", dispatch.dispatchNumber(), today, "\"श्री रामप्रसाद, ग्राम बीलपान\"",
                "स्पीड पोस्ट", dispatch.fileNumber(), "नामांतरण आदेश की प्रति प्रेषित",
                "\"तहसीलदार, रीडर शाखा, तहसील कार्यालय नसरुल्लागंज\""));
        clickAndLoad(By.cssSelector("button.lang[value=en]"));
    }

    @Test
    void aYearThatIsNotAYearIsRefusedNextToTheFieldAndTheCsvSaysWhy() throws Exception {
        tehsils();
        signIn(READER, DEMO_PASSWORD);
        inEnglish();
        browser.get(url("/dispatch"));
        WebElement year = browser.findElement(By.id("year"));
        year.clear();
        year.sendKeys("20x6");
        clickAndLoad(By.cssSelector(".toolbar button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("#year ~ .field-problem")).getText())
                .isEqualTo("Write a year from 1900 to " + THIS_YEAR + ", such as "
                        + THIS_YEAR + "; '20x6' is not one.");
        assertThat(browser.findElement(By.id("year")).getAttribute("value")).isEqualTo("20x6");
        assertThat(browser.findElement(By.id("year")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("table.dispatch"))).isEmpty();
        screenshot("dispatch-register-bad-year");

        // A year in Devanagari digits is a year.
        String devanagari = Integer.toString(THIS_YEAR).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '\u0966')))
                .reduce("", String::concat);
        HttpResponse<String> hindiYear = http.send(signedIn(url("/dispatch?year="
                + URLEncoder.encode(devanagari, StandardCharsets.UTF_8))), HttpResponse.BodyHandlers.ofString());
        assertThat(hindiYear.statusCode()).isEqualTo(200);
        assertThat(hindiYear.body()).doesNotContain("field-problem").contains("year=" + THIS_YEAR + "\"")
                .contains("value=\"" + devanagari + "\"");

        for (String bad : List.of("1899", String.valueOf(THIS_YEAR + 1), "abcd", "-2026", "20 26", "２０２６")) {
            String query = "?year=" + URLEncoder.encode(bad, StandardCharsets.UTF_8);
            HttpResponse<String> page = http.send(signedIn(url("/dispatch" + query)), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(bad).isEqualTo(400);
            assertThat(page.body()).as(bad).contains("field-problem").doesNotContain("table class=\"listing dispatch");
            HttpResponse<String> csv = http.send(signedIn(url("/dispatch.csv" + query)), HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).as(bad).isEqualTo(400);
            assertThat(csv.body()).as(bad).startsWith("Write a year from 1900");
        }
    }

    @Test
    void anOfficeTheUserHoldsNoPostInIsNotFoundHereAsOnTheRestSideAndTheChooserOffersOnlyTheirOffices() throws Exception {
        Tehsils tehsils = tehsils();
        signIn(READER, DEMO_PASSWORD);
        inEnglish();
        long rehti = tehsils.rehti().id();
        for (String path : List.of("/dispatch?office=" + rehti, "/dispatch.csv?office=" + rehti,
                "/dispatch?office=" + rehti + "&year=abcd")) {
            assertThat(http.send(signedIn(url(path)), HttpResponse.BodyHandlers.ofString()).statusCode()).as(path)
                    .isEqualTo(404);
        }
        browser.get(url("/dispatch?office=" + rehti));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("does not exist, or you may not see it");
        HttpResponse<String> rest = http.send(HttpRequest.newBuilder(URI.create(url(
                        "/api/v1/eoffice/offices/" + rehti + "/dispatch-register")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (READER + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rest.statusCode()).isEqualTo(404);

        // The Tehsildar holds posts in both tehsils: the chooser offers exactly those two offices.
        browser.manage().deleteAllCookies();
        signIn(TEHSILDAR, DEMO_PASSWORD);
        inEnglish();
        browser.get(url("/dispatch"));
        Select offices = new Select(browser.findElement(By.id("office")));
        assertThat(offices.getOptions()).extracting(WebElement::getText)
                .containsExactly("Tehsil Office Nasrullaganj", "Tehsil Office Rehti");
        offices.selectByVisibleText("Tehsil Office Rehti");
        clickAndLoad(By.cssSelector(".toolbar button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tehsil Office Rehti");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("No letter has been dispatched from this office in " + THIS_YEAR);
        screenshot("dispatch-register-other-office");

        // Someone holding no post at all is told so.
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        browser.get(url("/dispatch"));
        inEnglish();
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("You hold no post");
    }

    private WebElement row(String dispatchNumber) {
        return browser.findElements(By.cssSelector("table.dispatch tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("td.dispatch-number")).getText().equals(dispatchNumber))
                .findFirst().orElseThrow(() -> new AssertionError(dispatchNumber + " is not in the register"));
    }

    private HttpRequest signedIn(String link) {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpRequest.newBuilder(URI.create(link)).header("Cookie", "JSESSIONID=" + session).GET().build();
    }

    private record Tehsils(Office nasrullaganj, Office rehti, ActingDesk reader, ActingDesk tehsildar) {
    }

    /** The two tehsils and their desks, made once for the server these tests share. */
    private synchronized Tehsils tehsils() {
        Organisation org = eoffice.organisation();
        if (org.offices().stream().noneMatch(o -> o.code().equals("TEH-NSG"))) {
            Office district = org.offices().stream().filter(o -> o.code().equals("COLL-SEH")).findFirst().orElseThrow();
            String hash = encoder.encode(DEMO_PASSWORD);
            Office nasrullaganj = org.createOffice(district.id(), "TEH-NSG", "Tehsil Office Nasrullaganj",
                    "तहसील कार्यालय नसरुल्लागंज", "Tehsil", "{head}/{serial}/{year}-{section}", false);
            Office rehti = org.createOffice(district.id(), "TEH-RHT", "Tehsil Office Rehti", "तहसील कार्यालय रेहटी",
                    "Tehsil", "{head}/{serial}/{year}-{section}", false);
            org.addFileHead(nasrullaganj.id(), "R-22012", "Mutation / नामांतरण");
            Section reader = org.createSection(nasrullaganj.id(), "Rdr", "Reader Section", "रीडर शाखा");
            Section rehtiReader = org.createSection(rehti.id(), "Rdr", "Reader Section", "रीडर शाखा");
            users.create(new UserAccount(READER, "Farida Khan", hash, false, true));
            users.create(new UserAccount(TEHSILDAR, "Pradeep Yadav", hash, false, true));
            org.assign(org.createPost(reader.id(), "Reader", "रीडर", 10, false).id(), READER, true);
            org.assign(org.createPost(reader.id(), "Tehsildar", "तहसीलदार", 30, true).id(), TEHSILDAR, true);
            org.assign(org.createPost(rehtiReader.id(), "Tehsildar", "तहसीलदार", 30, true).id(), TEHSILDAR, false);
        }
        Office nasrullaganj = org.offices().stream().filter(o -> o.code().equals("TEH-NSG")).findFirst().orElseThrow();
        Office rehti = org.offices().stream().filter(o -> o.code().equals("TEH-RHT")).findFirst().orElseThrow();
        return new Tehsils(nasrullaganj, rehti, desk(READER, nasrullaganj), desk(TEHSILDAR, nasrullaganj));
    }

    private ActingDesk desk(String username, Office office) {
        Post post = eoffice.organisation().postsOf(username).stream().filter(p -> p.officeId() == office.id())
                .findFirst().orElseThrow();
        return eoffice.organisation().actingDesk(username, post.id());
    }

    /** The reader opens a file and drafts a letter; the Tehsildar approves it and issues it. */
    private Dispatch issue(Tehsils tehsils, String subject, String addressee, String mode) {
        EFile file = eoffice.files().create(tehsils.reader(), new NewFile("R-22012", null,
                "ग्राम बीलपान खसरा 211 का नामांतरण", "Land Records", null, null, "A", null));
        Draft draft = eoffice.drafts().create(tehsils.reader(), file.item().nodeId(), subject, addressee,
                "नामांतरण आदेश की सत्य प्रतिलिपि संलग्न है।", null);
        eoffice.movements().send(tehsils.reader(), file.item().nodeId(), ItemKind.file, tehsils.tehsildar().postId(),
                "आदेशार्थ", Priority.Normal, null);
        eoffice.drafts().approve(tehsils.tehsildar(), draft.id());
        return eoffice.drafts().issue(tehsils.tehsildar(), draft.id(), mode);
    }
}
