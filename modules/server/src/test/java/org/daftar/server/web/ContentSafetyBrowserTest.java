package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stored content cannot attack whoever opens it. One desk user uploads an HTML page and an SVG image carrying scripts
 * (and a script file the page pulls in from the app's own origin); another opens every content URL in Chromium.
 * Whether a script ran is read from the browser, not assumed: the scripts report to a collector server of the test's
 * own and leave marks in the page title, a cookie and local storage. A control page with the very same script, served
 * from the collector without Daftar's headers, shows that the script does run and report when a browser lets it.
 */
class ContentSafetyBrowserTest extends BrowserTestBase {

    private static final String UPLOADER = "ag2.rev";
    private static final String VIEWER = "os.rev";
    private static final String MARK = "XSS-RAN";

    /** Where the uploaded scripts report; every request it receives is a script that ran. */
    private HttpServer collector;
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startCollector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/report", exchange -> {
            reports.add(exchange.getRequestURI().getQuery());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        collector.createContext("/control.html", exchange -> {
            byte[] page = htmlPage("control", "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        collector.start();
    }

    @AfterEach
    void stopCollector() {
        collector.stop(0);
    }

    @Test
    void htmlAndSvgWithScriptsUploadedByOneUserRunNoScriptWhenAnotherOpensThem() throws Exception {
        String folder = createFolder(UPLOADER, "content-safety-" + UUID.randomUUID());
        String script = upload(UPLOADER, folder, "steal.js", "application/javascript", payload("js-file")
                .getBytes(StandardCharsets.UTF_8));
        String page = upload(UPLOADER, folder, "letter.html", "text/html", htmlPage("html",
                "<script src=\"/api/v1/nodes/" + script + "/content?attachment=false\"></script>"
                        + "<script src=\"/documents/" + script + "/content\"></script>")
                .getBytes(StandardCharsets.UTF_8));
        String svg = upload(UPLOADER, folder, "seal.svg", "image/svg+xml", ("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "onload=\"" + payload("svg-onload").replace("\"", "&quot;") + "\"><script>" + payload("svg-script")
                + "</script><circle r=\"5\"/></svg>").getBytes(StandardCharsets.UTF_8));
        // The uploader's claims do not decide: HTML declared as a PNG, and as plain text, is recorded as HTML.
        String disguisedAsImage = upload(UPLOADER, folder, "photo.png", "image/png",
                htmlPage("disguised-png", "").getBytes(StandardCharsets.UTF_8));
        String disguisedAsText = upload(UPLOADER, folder, "notes.txt", "text/plain",
                htmlPage("disguised-text", "").getBytes(StandardCharsets.UTF_8));
        // A page that starts like a PDF is a PDF, shown by the PDF viewer, never as HTML.
        String polyglot = upload(UPLOADER, folder, "scan.pdf", "application/pdf",
                ("%PDF-1.4\n" + htmlPage("pdf-polyglot", "")).getBytes(StandardCharsets.UTF_8));
        // Text with a script in it is shown, as text.
        String text = upload(UPLOADER, folder, "snippet.txt", "text/plain",
                ("Quoted in a complaint: <script>" + payload("text") + "</script>").getBytes(StandardCharsets.UTF_8));

        assertThat(storedType(page)).isEqualTo("text/html");
        assertThat(storedType(svg)).isEqualTo("image/svg+xml");
        assertThat(storedType(script)).isEqualTo("text/plain");
        assertThat(storedType(disguisedAsImage)).isEqualTo("text/html");
        assertThat(storedType(disguisedAsText)).isEqualTo("text/html");
        assertThat(storedType(polyglot)).isEqualTo("application/pdf");

        // Every content URL, as the viewer, asking to see it inline: the active ones are attachments, all protected.
        signIn(VIEWER, DEMO_PASSWORD);
        for (String id : List.of(page, svg, disguisedAsImage, disguisedAsText)) {
            for (String path : List.of("/api/v1/nodes/" + id + "/content?attachment=false", "/documents/" + id + "/content",
                    "/api/v1/nodes/" + id + "/versions/1.0/content?attachment=false")) {
                HttpResponse<Void> response = get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Disposition").orElse("")).as(path).startsWith("attachment");
                assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).isEqualTo("application/octet-stream");
                assertProtected(path, response);
            }
        }
        HttpResponse<Void> textResponse = get("/api/v1/nodes/" + text + "/content?attachment=false");
        assertThat(textResponse.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(textResponse.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        assertProtected("text", textResponse);

        // The browser: the viewer opens each one, by the web page's link and by the REST URL.
        sendBasicCredentials(VIEWER, DEMO_PASSWORD);
        for (String id : List.of(page, svg, disguisedAsImage, disguisedAsText, polyglot, text, script)) {
            browser.get(url("/documents/" + id + "/content"));
            assertThat(browser.getTitle()).doesNotContain(MARK);
            browser.get(url("/api/v1/nodes/" + id + "/content?attachment=false"));
            assertThat(browser.getTitle()).doesNotContain(MARK);
        }
        // What is shown is shown in a sandbox: an opaque origin, with no access to the app's cookies or storage.
        browser.get(url("/documents/" + text + "/content"));
        assertThat(browser.findElement(org.openqa.selenium.By.tagName("body")).getText()).contains("<script>");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.origin")).isEqualTo("null");
        screenshot("content-safety-text-shown-as-text");

        // The control: the same script, served without Daftar's headers, runs and reports. Chromium handles the pages
        // in order, so once the control's report is in, any report from the pages opened before it would be too.
        browser.get("http://127.0.0.1:" + collector.getAddress().getPort() + "/control.html");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> reports.stream().anyMatch(r -> r.contains("control")));
        assertThat(browser.getTitle()).isEqualTo(MARK);

        assertThat(reports).allMatch(r -> r.contains("control"));
        browser.get(url("/"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return localStorage.getItem('xss')")).isNull();
        assertThat(browser.manage().getCookieNamed("xss")).isNull();
    }

    @Test
    void aPdfAndAPngAreStillShownInTheBrowser() throws Exception {
        String folder = createFolder(UPLOADER, "content-shown-" + UUID.randomUUID());
        byte[] pdf;
        try (var in = getClass().getResourceAsStream("/scans/hindi-letter.pdf")) {
            pdf = in.readAllBytes();
        }
        // Declared as nothing in particular: the bytes make them a PDF and a PNG.
        String letter = upload(UPLOADER, folder, "letter.pdf", "application/octet-stream", pdf);
        String stamp = upload(UPLOADER, folder, "stamp.png", "application/octet-stream", png());
        assertThat(storedType(letter)).isEqualTo("application/pdf");
        assertThat(storedType(stamp)).isEqualTo("image/png");
        signIn(VIEWER, DEMO_PASSWORD);
        for (String path : List.of("/documents/" + letter + "/content", "/api/v1/nodes/" + letter + "/content?attachment=false",
                "/documents/" + stamp + "/content", "/api/v1/nodes/" + stamp + "/content?attachment=false")) {
            HttpResponse<Void> response = get(path);
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).as(path).startsWith("inline");
            assertProtected(path, response);
        }

        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.get(url("/documents/" + stamp + "/content"));
        assertThat(js.executeScript("return document.contentType")).isEqualTo("image/png");
        wait.until(d -> ((Number) js.executeScript("return document.images.length ? document.images[0].naturalWidth : 0"))
                .intValue() == 40);
        assertThat(js.executeScript("return window.origin")).isEqualTo("null");

        browser.get(url("/documents/" + letter + "/content"));
        assertThat(js.executeScript("return document.contentType")).isEqualTo("application/pdf");
        // The viewer draws the page, light paper on its dark background, in the middle of the window.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> paperInTheMiddle());
        screenshot("content-safety-pdf-shown");
    }

    /** Whether the middle of the window shows a light page (the PDF viewer's background is dark grey). */
    private boolean paperInTheMiddle() {
        try {
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES)));
            int light = 0;
            int samples = 0;
            for (int x = shot.getWidth() * 2 / 5; x < shot.getWidth() * 3 / 5; x += 8) {
                for (int y = shot.getHeight() / 3; y < shot.getHeight() * 2 / 3; y += 8) {
                    int rgb = shot.getRGB(x, y);
                    int brightness = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                    light += brightness > 200 ? 1 : 0;
                    samples++;
                }
            }
            return light > samples / 2;
        } catch (IOException e) {
            return false;
        }
    }

    private void assertProtected(String what, HttpResponse<?> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertThat(policies).as(what).hasSize(1);
        assertThat(policies.getFirst()).as(what).startsWith("sandbox;").contains("default-src 'none'").doesNotContain("script-src");
    }

    /** What a script does when it runs: marks the page, a cookie and local storage, and reports to the collector. */
    private String payload(String where) {
        return "document.title='" + MARK + "';"
                + "try{localStorage.setItem('xss','" + where + "')}catch(e){}"
                + "try{document.cookie='xss=" + where + "; path=/'}catch(e){}"
                + "new Image().src='http://127.0.0.1:" + collector.getAddress().getPort() + "/report?" + where + "';";
    }

    private String htmlPage(String where, String more) {
        return "<!DOCTYPE html><html><head><title>letter</title></head><body><h1>A letter</h1>"
                + "<img src=x onerror=\"" + payload(where + "-onerror") + "\">"
                + "<script>" + payload(where) + "</script>" + more + "</body></html>";
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Makes the browser send HTTP Basic credentials with every request, as a REST client's user would. */
    private void sendBasicCredentials(String user, String password) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", basic(user, password))));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The viewer's GET: over REST with Basic credentials, on web pages with the browser's session. */
    private HttpResponse<Void> get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (path.startsWith("/api/")) {
            request.header("Authorization", basic(VIEWER, DEMO_PASSWORD));
        } else {
            request.header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private String storedType(String id) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/nodes/" + id)))
                .header("Authorization", basic(VIEWER, DEMO_PASSWORD)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher mime = Pattern.compile("\"mimeType\"\\s*:\\s*\"([^\"]*)\"").matcher(response.body());
        assertThat(mime.find()).as(response.body()).isTrue();
        return mime.group(1);
    }

    private String createFolder(String user, String name) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/nodes/root")))
                .header("Authorization", basic(user, DEMO_PASSWORD)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String root = id(response.body());
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/nodes/" + root + "/children")))
                .header("Authorization", basic(user, DEMO_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"cm:folder\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id(created.body());
    }

    /** Uploads over REST as {@code user}, declaring {@code declaredType} for the file part; the new node's id. */
    private String upload(String user, String folder, String name, String declaredType, byte[] content) throws Exception {
        String boundary = "daftar-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/nodes/" + folder + "/children")))
                .header("Authorization", basic(user, DEMO_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id(response.body());
    }

    private static String id(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }
}
