package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may do what, on every surface, as a table: seven users (admin, the holding desk, a desk of the same section, a
 * desk of another section, an officer of the office, a desk of another office, a user with no post) against e-files
 * graded Normal, Confidential and Secret, each probed over REST nodes, REST e-Office, CMIS (Browser and AtomPub) and
 * search, for reading, listing, downloading, changing properties and aspects, new versions, adding children, deleting,
 * restoring and the movement actions. Each cell is the expected HTTP status; the test prints every cell that differs
 * and fails if any does. Reading rule: the desks a file has been with, and for a Normal file its section and the
 * officers of its office; nobody else, administrators included (they run the system, they do not read files). Writing
 * rule: e-Office items change only through the e-Office actions of the holding desk — 403 for a reader through the
 * generic surfaces, 404 for one who may not read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends ApiTestBase {

    private static final String E = "/api/v1/eoffice";
    private static final List<String> USERS = List.of("admin", "ag2.rev", "os.rev", "ag3.estt", "collector",
            "reader.ashta", "nopost");
    private static final String NO_POST_PASSWORD = "no-post-password-long-enough-1";

    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, String> notesheets = new LinkedHashMap<>();
    private final Map<String, String> subjects = new LinkedHashMap<>();
    private final List<String> unexpected = new ArrayList<>();
    private int cells;

    @BeforeAll
    void createFilesOfEachGrading() {
        var user = admin().postJson("/api/v1/users", Map.of("username", "nopost", "displayName", "No Post",
                "password", NO_POST_PASSWORD, "admin", false));
        assertThat(user.status()).as(user.text()).isIn(201, 409);
        for (String grading : List.of("Normal", "Confidential", "Secret")) {
            String subject = "matrixprobe" + grading.toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
            var created = client("ag2.rev").postJson(E + "/files", Map.of("head", "A-12011", "subject", subject,
                    "category", "Land Records", "retentionCategory", "C-5", "grading", grading));
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            files.put(grading, created.json().get("id").asString());
            notesheets.put(grading, created.json().get("notesheetId").asString());
            subjects.put(grading, subject);
        }
    }

    /** Who may read a file of this grading created and held by ag2.rev (Revenue section, Collectorate Sehore). */
    private static boolean reads(String user, String grading) {
        return switch (user) {
            case "ag2.rev" -> true;
            case "os.rev", "collector" -> grading.equals("Normal");
            default -> false;
        };
    }

    /** 404 for a non-reader, otherwise {@code forReader}. */
    private static int expect(String user, String grading, int forReader) {
        return reads(user, grading) ? forReader : 404;
    }

    @Test
    void everySurfaceGivesEachUserTheAnswerTheRulesSay() {
        for (String grading : files.keySet()) {
            String file = files.get(grading);
            String notesheet = notesheets.get(grading);
            for (String user : USERS) {
                ApiClient c = client(user);
                // REST nodes: reads
                cell(user, grading, "REST get node", expect(user, grading, 200), c.get("/api/v1/nodes/" + file).status());
                cell(user, grading, "REST list children", expect(user, grading, 200),
                        c.get("/api/v1/nodes/" + file + "/children").status());
                cell(user, grading, "REST download notesheet", expect(user, grading, 200),
                        c.get("/api/v1/nodes/" + notesheet + "/content").status());
                cell(user, grading, "REST versions", expect(user, grading, 200),
                        c.get("/api/v1/nodes/" + notesheet + "/versions").status());
                cell(user, grading, "REST audit", expect(user, grading, 200),
                        c.get("/api/v1/nodes/" + file + "/audit").status());
                // REST nodes: writes, never through the generic API for e-Office items
                cell(user, grading, "REST properties", expect(user, grading, 403),
                        c.patchJson("/api/v1/nodes/" + file, Map.of("properties", Map.of("eo:subject", "forged"))).status());
                cell(user, grading, "REST grading", expect(user, grading, 403),
                        c.patchJson("/api/v1/nodes/" + file, Map.of("properties", Map.of("eo:grading", "Normal"))).status());
                cell(user, grading, "REST aspects", expect(user, grading, 403),
                        c.patchJson("/api/v1/nodes/" + file, Map.of("addAspects", List.of("cm:titled"))).status());
                cell(user, grading, "REST new version", expect(user, grading, 403),
                        c.put("/api/v1/nodes/" + notesheet + "/content?majorVersion=true", "text/plain",
                                "forged".getBytes(StandardCharsets.UTF_8)).status());
                cell(user, grading, "REST create child", expect(user, grading, 403),
                        c.postJson("/api/v1/nodes/" + file + "/children", Map.of("name", "x-" + user, "type", "cm:folder"))
                                .status());
                cell(user, grading, "REST upload child", expect(user, grading, 403),
                        c.upload("/api/v1/nodes/" + file + "/children", Map.of(), "x.txt", new byte[] {1}).status());
                cell(user, grading, "REST delete", expect(user, grading, 403), c.delete("/api/v1/nodes/" + file).status());
                // REST e-Office: the holder reads and acts; others who read may not act; non-readers see nothing
                cell(user, grading, "e-Office get", expect(user, grading, 200), c.get(E + "/files/" + file).status());
                cell(user, grading, "e-Office notes", expect(user, grading, 200), c.get(E + "/files/" + file + "/notes").status());
                cell(user, grading, "e-Office movements", expect(user, grading, 200),
                        c.get(E + "/files/" + file + "/movements").status());
                if (!user.equals("ag2.rev")) {
                    int notHolder = user.equals("admin") || user.equals("nopost") ? 404 : expect(user, grading, 409);
                    for (String action : List.of("open", "park", "activate", "close", "reopen", "pull-back", "volumes")) {
                        String path = action.equals("volumes") ? E + "/files/" + file + "/volumes"
                                : E + "/files/" + file + "/" + action;
                        int status = c.postJson(path, Map.of("remarks", "probe")).status();
                        cell(user, grading, "e-Office " + action, Set.of(notHolder, 403), status);
                    }
                    int send = c.postJson(E + "/files/" + file + "/send", Map.of("toPostId", 1, "remarks", "probe")).status();
                    cell(user, grading, "e-Office send", Set.of(notHolder, 403), send);
                }
                // CMIS Browser and AtomPub
                cell(user, grading, "CMIS browser object", expect(user, grading, 200),
                        c.get("/cmis/browser/daftar/root?cmisselector=object&objectId=" + file).status());
                cell(user, grading, "CMIS browser children", expect(user, grading, 200),
                        c.get("/cmis/browser/daftar/root?cmisselector=children&objectId=" + file).status());
                cell(user, grading, "CMIS browser content", expect(user, grading, 200),
                        c.get("/cmis/browser/daftar/root?cmisselector=content&objectId=" + notesheet).status());
                cell(user, grading, "CMIS browser update", cmisWrite(user, grading),
                        c.postRaw("/cmis/browser/daftar/root", "application/x-www-form-urlencoded",
                                form("cmisaction", "update", "objectId", file, "propertyId[0]", "eo:grading",
                                        "propertyValue[0]", "Secret")).status());
                cell(user, grading, "CMIS browser delete", cmisWrite(user, grading),
                        c.postRaw("/cmis/browser/daftar/root", "application/x-www-form-urlencoded",
                                form("cmisaction", "delete", "objectId", notesheet)).status());
                cell(user, grading, "CMIS atom entry", expect(user, grading, 200),
                        c.get("/cmis/atom/daftar/entry?id=" + file).status());
                cell(user, grading, "CMIS atom delete", cmisWrite(user, grading),
                        c.delete("/cmis/atom/daftar/entry?id=" + notesheet).status());
                // web pages (form login, session, CSRF)
                WebSession web = new WebSession(user);
                cell(user, grading, "web file page", expect(user, grading, 200), web.get("/files/" + file));
                cell(user, grading, "web browse folder", expect(user, grading, 200), web.get("/browse/" + file));
                cell(user, grading, "web download", expect(user, grading, 200),
                        web.get("/documents/" + notesheet + "/content"));
                String webFolder = "web-" + user + "-" + grading;
                cell(user, grading, "web new folder", expect(user, grading, 302),
                        web.post("/browse/" + file + "/folders", "name", webFolder));
                cell(user, grading, "web new folder refused", 0, jdbc.sql(
                        "SELECT count(*) FROM node WHERE parent_id = ?::uuid AND name = ?").params(file, webFolder)
                        .query(Long.class).single().intValue());
                // search finds only what the user may read
                var hits = c.get("/api/v1/search?q=" + subjects.get(grading));
                cell(user, grading, "search", 200, hits.status());
                cell(user, grading, "search finds it", reads(user, grading) ? 1 : 0,
                        hits.text().contains(file) ? 1 : 0);
            }
        }
        System.out.println("Access matrix: " + cells + " cells, " + unexpected.size() + " unexpected");
        unexpected.forEach(System.out::println);
        assertThat(unexpected).as("cells whose answer differs from the rule").isEmpty();
    }

    @Test
    void theTrashShowsOnlyWhatTheUserMayReadAndOnlyOwnersRestore() {
        ApiClient owner = client("ag2.rev");
        String folder = owner.postJson("/api/v1/nodes/" + ROOT + "/children",
                Map.of("name", "matrix-" + UUID.randomUUID(), "type", "cm:folder")).json().get("id").asString();
        String secret = owner.postJson("/api/v1/nodes/" + folder + "/children", Map.of("name", "secret.txt",
                "type", "cm:content", "aspects", List.of("eo:graded"), "properties", Map.of("eo:grading", "Secret")))
                .json().path("id").asString();
        String open = owner.postJson("/api/v1/nodes/" + folder + "/children", Map.of("name", "open.txt",
                "type", "cm:content")).json().get("id").asString();
        // another desk may read an ordinary document but not change, delete or add beside it
        ApiClient other = client("os.rev");
        assertThat(other.get("/api/v1/nodes/" + open).status()).isEqualTo(200);
        var refused = other.patchJson("/api/v1/nodes/" + open, Map.of("name", "renamed.txt"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("belongs to ag2.rev");
        assertThat(other.delete("/api/v1/nodes/" + open).status()).isEqualTo(403);
        assertThat(other.postJson("/api/v1/nodes/" + folder + "/children", Map.of("name", "mine", "type", "cm:folder"))
                .status()).isEqualTo(403);
        assertThat(other.postJson("/api/v1/nodes/" + ROOT + "/children",
                Map.of("name", "os-" + UUID.randomUUID(), "type", "cm:folder")).status()).isEqualTo(201);
        assertThat(owner.delete("/api/v1/nodes/" + open).status()).isEqualTo(204);
        assertThat(other.get("/api/v1/trash?maxItems=1000").text()).contains(open);
        assertThat(other.postJson("/api/v1/trash/" + open + "/restore", Map.of()).status()).isEqualTo(403);
        assertThat(owner.postJson("/api/v1/trash/" + open + "/restore", Map.of()).status()).isEqualTo(200);
        if (!secret.isEmpty()) {
            assertThat(owner.delete("/api/v1/nodes/" + secret).status()).isEqualTo(204);
            assertThat(other.get("/api/v1/trash?maxItems=1000").text()).doesNotContain(secret);
            assertThat(other.postJson("/api/v1/trash/" + secret + "/restore", Map.of()).status()).isEqualTo(404);
            assertThat(owner.get("/api/v1/trash?maxItems=1000").text()).contains(secret);
        }
        // a non-reader creating a same-named node in a hidden folder learns nothing about it
        String hidden = owner.postJson("/api/v1/nodes/" + ROOT + "/children", Map.of("name", "hidden-" + UUID.randomUUID(),
                "type", "cm:folder", "aspects", List.of("eo:graded"), "properties", Map.of("eo:grading", "Secret")))
                .json().path("id").asString();
        if (!hidden.isEmpty()) {
            owner.postJson("/api/v1/nodes/" + hidden + "/children", Map.of("name", "a.txt", "type", "cm:content"));
            var probe = other.postJson("/api/v1/nodes/" + hidden + "/children", Map.of("name", "a.txt", "type", "cm:content"));
            assertThat(probe.status()).isEqualTo(404);
            String missing = UUID.randomUUID().toString();
            var absent = other.postJson("/api/v1/nodes/" + missing + "/children", Map.of("name", "a.txt", "type", "cm:content"));
            assertThat(probe.text()).as("the same answer as for a folder that does not exist")
                    .isEqualTo(absent.text().replace(missing, hidden));
        }
    }

    @Test
    void theProbesThatFoundTheHolesAreClosed() {
        ApiClient dak = client("dak.clerk");
        long ag2Post = client("ag2.rev").get(E + "/me/posts").json().get(0).get("id").asLong();
        String confidential = diarise(dak, ag2Post, "Confidential");
        String secret = diarise(dak, ag2Post, "Secret");
        String normal = diarise(dak, ag2Post, "Normal");
        // a desk of the same section, not on the receipt's way, may not even see a Confidential receipt
        ApiClient os = client("os.rev");
        assertThat(os.patchJson("/api/v1/nodes/" + confidential, Map.of("properties", Map.of("eo:subject", "x"))).status())
                .isEqualTo(404);
        assertThat(os.delete("/api/v1/nodes/" + confidential).status()).isEqualTo(404);
        assertThat(os.postJson("/api/v1/nodes/" + confidential + "/children", Map.of("name", "x", "type", "cm:folder"))
                .status()).isEqualTo(404);
        // a desk of another office may not replace a Secret receipt's scan, nor restore it
        ApiClient ashta = client("reader.ashta");
        assertThat(ashta.put("/api/v1/nodes/" + secret + "/content?majorVersion=true", "application/pdf",
                "%PDF-forged".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
        assertThat(ashta.postJson("/api/v1/trash/" + secret + "/restore", Map.of()).status()).isEqualTo(404);
        // the holder herself changes a receipt only through the e-Office
        var holder = client("ag2.rev").patchJson("/api/v1/nodes/" + secret, Map.of("properties", Map.of("eo:grading", "Normal")));
        assertThat(holder.status()).isEqualTo(403);
        assertThat(holder.json().get("detail").asString()).contains("changes only through the e-Office actions");
        // the collector may read a Normal receipt of his office but not regrade it over CMIS; the record is unchanged
        ApiClient collector = client("collector");
        assertThat(collector.get("/api/v1/nodes/" + normal).status()).isEqualTo(200);
        assertThat(collector.postRaw("/cmis/browser/daftar/root", "application/x-www-form-urlencoded",
                form("cmisaction", "update", "objectId", normal, "propertyId[0]", "eo:grading", "propertyValue[0]", "Secret"))
                .status()).isEqualTo(403);
        assertThat(dak.get(E + "/receipts/" + normal).json().get("grading").asString()).isEqualTo("Normal");
        // e-Office actions on a receipt the caller may not read answer as if it did not exist, naming no holder
        for (String action : List.of("send", "open", "pull-back", "park", "activate", "close", "reopen")) {
            var refused = os.postJson(E + "/receipts/" + confidential + "/" + action, Map.of("toPostId", ag2Post,
                    "remarks", "probe"));
            assertThat(refused.status()).as(action).isEqualTo(404);
            assertThat(refused.text()).as(action).doesNotContain("holderPostId").doesNotContain("held by");
        }
        String file = client("os.rev").postJson(E + "/files", Map.of("head", "A-12011", "subject", "probe file",
                "category", "Land Records", "retentionCategory", "C-5")).json().get("id").asString();
        var putIn = os.postJson(E + "/files/" + file + "/correspondence", Map.of("receiptId", confidential, "pages", 1));
        assertThat(putIn.status()).isEqualTo(404);
        assertThat(putIn.text()).doesNotContain("held by");
        // nothing in the trash names them to a desk that may not read them
        assertThat(os.get("/api/v1/trash?maxItems=1000").text()).doesNotContain(confidential).doesNotContain(secret);
    }

    private static String diarise(ApiClient dak, long toPost, String grading) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", "probe receipt " + grading);
        body.put("senderName", "श्री रामलाल");
        body.put("senderCity", "Ashta");
        body.put("receivedDate", java.time.LocalDate.now().toString());
        body.put("deliveryMode", "Hand");
        body.put("electronic", false);
        body.put("grading", grading);
        var diarised = dak.postJson(E + "/receipts?sendTo=" + toPost + "&priority=Normal&remarks=probe", body);
        assertThat(diarised.status()).as(diarised.text()).isEqualTo(201);
        return diarised.json().get("id").asString();
    }

    /** CMIS answers a reader's refused write with permissionDenied (403) and a non-reader with objectNotFound (404). */
    private static int cmisWrite(String user, String grading) {
        return expect(user, grading, 403);
    }

    private ApiClient client(String user) {
        return switch (user) {
            case "admin" -> admin();
            case "nopost" -> new ApiClient(port, "nopost", NO_POST_PASSWORD);
            default -> demoUser(user);
        };
    }

    private void cell(String user, String grading, String probe, int expected, int actual) {
        cell(user, grading, probe, Set.of(expected), actual);
    }

    private void cell(String user, String grading, String probe, Set<Integer> expected, int actual) {
        cells++;
        if (!expected.contains(actual)) {
            unexpected.add(String.format("%-13s %-12s %-24s expected %s, got %d", user, grading, probe, expected, actual));
        }
    }

    /** A signed-in browser session on the web pages: form login, the session cookie, the page's CSRF token. */
    private final class WebSession {
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        private String csrf;

        WebSession(String user) {
            String password = switch (user) {
                case "admin" -> ADMIN_PASSWORD;
                case "nopost" -> NO_POST_PASSWORD;
                default -> DEMO_PASSWORD;
            };
            csrf = token(send("GET", "/login", null).body());
            var login = send("POST", "/login", form("username", user, "password", password, "_csrf", csrf));
            assertThat(login.statusCode()).as("login of " + user).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
            csrf = token(send("GET", "/search", null).body());
        }

        int get(String path) {
            return send("GET", path, null).statusCode();
        }

        int post(String path, String... fields) {
            String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
            all[fields.length] = "_csrf";
            all[fields.length + 1] = csrf;
            return send("POST", path, form(all)).statusCode();
        }

        private java.net.http.HttpResponse<String> send(String method, String path, String body) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path));
            if (body != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body));
            }
            try {
                return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String token(String page) {
            var m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
                    .matcher(page);
            return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
        }
    }

    private static String form(String... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
