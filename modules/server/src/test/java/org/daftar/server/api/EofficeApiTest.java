package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The e-Office API over real HTTP, acting as the demo organisation's users. */
class EofficeApiTest extends ApiTestBase {

    private static final String E = "/api/v1/eoffice";

    @Test
    void anOfficeDayOverHttpFromTheDakCounterToTheClosedFile() {
        ApiClient dak = demoUser("dak.clerk");
        ApiClient ag2 = demoUser("ag2.rev");
        ApiClient os = demoUser("os.rev");
        ApiClient dc = demoUser("dc.rev");
        ApiClient adm = demoUser("adm");
        long ag2Post = post(ag2);
        long osPost = post(os);
        long dcPost = post(dc);
        long admPost = post(adm);

        // Generate & Send at the counter
        ApiClient.Response diarised = dak.postJson(E + "/receipts?sendTo=" + ag2Post + "&priority=Immediate&remarks=%E0%A4%95%E0%A5%83%E0%A4%AA%E0%A4%AF%E0%A4%BE",
                receipt("आवेदन: खसरा 55 का सीमांकन"));
        assertThat(diarised.status()).as(diarised.text()).isEqualTo(201);
        String receiptId = diarised.json().get("id").asString();
        assertThat(diarised.json().get("number").asString()).matches("[0-9]+/[0-9]{4}/COLL-SEH");
        assertThat(diarised.json().get("holderPost").asLong()).isEqualTo(ag2Post);
        JsonNode inbox = ag2.get(E + "/desks/" + ag2Post + "/inbox?kind=receipt").json();
        assertThat(find(inbox, receiptId).get("unread").asBoolean()).isTrue();
        assertThat(ag2.postJson(E + "/receipts/" + receiptId + "/open", Map.of()).json().get("markedRead").asBoolean()).isTrue();

        // the assistant opens a file, puts the receipt in it, notes and sends it up
        ApiClient.Response created = ag2.postJson(E + "/files", Map.of("head", "A-12011", "subject", "खसरा 55 का सीमांकन",
                "category", "Land Records", "retentionCategory", "C-5"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String fileId = created.json().get("id").asString();
        String number = created.json().get("number").asString();
        assertThat(number).matches("A-12011/[0-9]+/[0-9]{4}-Rev");
        assertThat(ag2.postJson(E + "/files/" + fileId + "/correspondence", Map.of("receiptId", receiptId, "pages", 2))
                .json().get("pages").asString()).isEqualTo("1-2");
        String note = ag2.postJson(E + "/files/" + fileId + "/notes", Map.of("text", "सीमांकन हेतु आदेशार्थ प्रस्तुत। पृष्ठ 1/c",
                "correspondence", List.of("1/c"))).json().get("id").asString();
        assertThat(ag2.postJson(E + "/notes/" + note + "/confirm", Map.of()).json().get("state").asString()).isEqualTo("Green");
        assertThat(send(ag2, fileId, osPost, "आदेशार्थ").status()).isEqualTo(201);
        assertThat(ag2.get(E + "/desks/" + ag2Post + "/pending-with-others").json().findValuesAsString("number"))
                .contains(number);
        assertThat(ag2.get(E + "/desks/" + ag2Post + "/pending-with-others?maxItems=0").status()).isEqualTo(400);
        ApiClient.Response withOthersCsv = ag2.get(E + "/desks/" + ag2Post + "/pending-with-others?format=csv");
        assertThat(withOthersCsv.header("Content-Type")).startsWith("text/csv");
        assertThat(withOthersCsv.text()).startsWith("\uFEFFnumber,kind,subject,holder_post").contains(number);
        assertThat(ag2.get(E + "/desks/" + ag2Post + "/pending-with-others?format=xml").status()).isEqualTo(400);

        // OS drafts, DC and ADM move it up, ADM approves, it comes back down
        os.postJson(E + "/files/" + fileId + "/open", Map.of());
        ApiClient.Response draft = os.postJson(E + "/files/" + fileId + "/drafts", Map.of("subject", "सीमांकन आदेश",
                "addressee", "तहसीलदार आष्टा", "text", "सीमांकन किया जावे।", "replyTo", receiptId));
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        String draftId = draft.json().get("id").asString();
        send(os, fileId, dcPost, "for approval");
        send(dc, fileId, admPost, "recommended");
        ApiClient.Response approved = adm.postJson(E + "/drafts/" + draftId + "/approve", Map.of());
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("Approved");
        send(adm, fileId, ag2Post, "issue");

        // the assistant issues it and closes the file
        ApiClient.Response issued = ag2.postJson(E + "/drafts/" + draftId + "/issue", Map.of("mode", "Post"));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        assertThat(issued.json().get("dispatchNumber").asString()).startsWith("D-");
        assertThat(ag2.postJson(E + "/files/" + fileId + "/close", Map.of("remarks", "सीमांकन आदेश जारी")).status())
                .isEqualTo(200);

        JsonNode history = dc.get(E + "/files/" + fileId + "/movements").json();
        assertThat(history.findValuesAsString("action"))
                .containsExactly("Created", "Sent", "Sent", "Sent", "Sent", "Closed");
        JsonNode holders = ag2.get(E + "/files/" + fileId + "/holders").json();
        assertThat(holders.findValues("postId").stream().map(JsonNode::asLong).toList())
                .containsExactly(ag2Post, osPost, dcPost, admPost, ag2Post);
        assertThat(ag2.get(E + "/desks/" + ag2Post + "/closed?kind=file").json().findValuesAsString("number"))
                .contains(number);
        long officeId = created.json().get("officeId").asLong();
        assertThat(ag2.get(E + "/offices/" + officeId + "/dispatch-register").json().findValuesAsString("fileNumber"))
                .contains(number);

        JsonNode pendency = ag2.get(E + "/reports/pendency?officeId=" + officeId + "&level=section").json();
        assertThat(pendency.findValuesAsString("name")).contains("Revenue Section");
        ApiClient.Response csv = ag2.get(E + "/reports/pendency?officeId=" + officeId + "&level=desk&format=csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("\uFEFFid,name,name_hi,pending").contains("डिप्टी कलेक्टर");
        JsonNode monthly = ag2.get(E + "/reports/monthly?officeId=" + officeId).json();
        assertThat(monthly).hasSize(12);
        JsonNode ranking = ag2.get(E + "/reports/ranking?officeId=" + officeId).json();
        assertThat(ranking.findValuesAsString("code")).contains("COLL-SEH", "TEH-ASH", "TEH-ICH");
        assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorRecountsThePendencyCountersAndACorrectSetNeedsNoCorrection() {
        assertThat(demoUser("collector").postJson(E + "/admin/pendency/recount", Map.of()).status()).isEqualTo(403);
        ApiClient.Response recount = admin().postJson(E + "/admin/pendency/recount", Map.of());
        assertThat(recount.status()).as(recount.text()).isEqualTo(200);
        assertThat(recount.json().get("counters").asInt()).isPositive();
        assertThat(recount.json().get("corrected").asInt()).isZero();
    }

    @Test
    void refusalsAnswerAsProblemsNamingWhatToDo() {
        ApiClient ag2 = demoUser("ag2.rev");
        ApiClient os = demoUser("os.rev");
        long osPost = post(os);
        String fileId = ag2.postJson(E + "/files", Map.of("head", "A-12011", "subject", "Refusals")).json().get("id").asString();

        ApiClient.Response notHolder = send(os, fileId, post(ag2), "not mine");
        assertThat(notHolder.status()).isEqualTo(409);
        assertThat(notHolder.json().get("holderPostId").asLong()).isEqualTo(post(ag2));
        assertThat(notHolder.json().get("detail").asString()).contains("only the holding desk");

        String note = ag2.postJson(E + "/files/" + fileId + "/notes", Map.of("text", "yellow")).json().get("id").asString();
        ApiClient.Response yellow = send(ag2, fileId, osPost, "with a yellow note");
        assertThat(yellow.status()).isEqualTo(409);
        assertThat(yellow.json().get("detail").asString()).contains("yellow note");
        ag2.postJson(E + "/notes/" + note + "/confirm", Map.of());
        ApiClient.Response green = ag2.putJson(E + "/notes/" + note, Map.of("text", "changed"));
        assertThat(green.status()).isEqualTo(409);
        assertThat(green.json().get("detail").asString()).contains("green note");
        ApiClient.Response throughNodes = ag2.put("/api/v1/nodes/" + note + "/content", "text/plain",
                "rewritten".getBytes(StandardCharsets.UTF_8));
        // The generic node API may not change anything in an e-file, green or not: only the e-Office actions may.
        assertThat(throughNodes.status()).as(throughNodes.text()).isEqualTo(403);
        assertThat(throughNodes.json().get("detail").asString()).contains("changes only through the e-Office actions");

        send(ag2, fileId, osPost, "now");
        os.postJson(E + "/files/" + fileId + "/open", Map.of());
        ApiClient.Response pull = ag2.postJson(E + "/files/" + fileId + "/pull-back", Map.of());
        assertThat(pull.status()).isEqualTo(409);
        assertThat(pull.json().get("detail").asString()).contains("already been opened");
        ApiClient.Response close = os.postJson(E + "/files/" + fileId + "/close", Map.of("remarks", "done"));
        assertThat(close.status()).isEqualTo(409);
        assertThat(close.json().get("detail").asString()).contains("only the creating desk");

        assertThat(ag2.postJson(E + "/files", Map.of("subject", "x"), "X-Daftar-Desk", "abc").status()).isEqualTo(400);
        assertThat(ag2.postJson(E + "/files", Map.of("subject", "x"), "X-Daftar-Desk", String.valueOf(osPost)).status())
                .isEqualTo(403);
        assertThat(admin().postJson(E + "/files", Map.of("subject", "x")).status()).as("admin holds no post").isEqualTo(403);
        assertThat(ag2.postJson(E + "/files", Map.of("head", "Z-1", "subject", "x")).json().get("detail").asString())
                .contains("not allowed");
        assertThat(ag2.postJson(E + "/admin/offices", Map.of("code", "X")).status()).isEqualTo(403);
        assertThat(ag2.postJson(E + "/files/" + fileId + "/send", Map.of("toPostId", osPost, "priority", "Urgent"))
                .status()).isEqualTo(400);
    }

    @Test
    void aConfidentialFileIsInvisibleToOutsidersOnEverySurface() {
        ApiClient dc = demoUser("dc.rev");
        ApiClient os = demoUser("os.rev");
        ApiClient clerk = demoUser("ag3.estt");
        ApiClient.Response created = dc.postJson(E + "/files", Map.of("head", "A-12011", "subject", "गोपनीय जाँच",
                "grading", "Confidential"));
        String fileId = created.json().get("id").asString();
        String notesheet = created.json().get("notesheetId").asString();

        assertThat(dc.get(E + "/files/" + fileId).status()).isEqualTo(200);
        assertThat(dc.get("/api/v1/nodes/" + fileId).status()).isEqualTo(200);
        for (ApiClient outsider : List.of(os, clerk, admin())) {
            assertThat(outsider.get(E + "/files/" + fileId).status()).isEqualTo(404);
            assertThat(outsider.get(E + "/files/" + fileId + "/movements").status()).isEqualTo(404);
            assertThat(outsider.get("/api/v1/nodes/" + fileId).status()).isEqualTo(404);
            assertThat(outsider.get("/api/v1/nodes/" + fileId + "/children").status()).isEqualTo(404);
            assertThat(outsider.get("/api/v1/nodes/" + notesheet + "/content").status()).isEqualTo(404);
            assertThat(outsider.get("/api/v1/nodes/" + notesheet + "/versions").status()).isEqualTo(404);
            assertThat(outsider.get("/api/v1/scans/" + fileId + "/ocr").status()).as("OCR state").isEqualTo(404);
            assertThat(outsider.postBytes("/api/v1/scans?parentId=" + fileId + "&name=x.png", "image/png",
                    new byte[] {1}).status()).as("scan upload into it").isEqualTo(404);
        }
        // The folder listing leaves the file out of the outsider's page and out of the total: full pages, true count.
        String parent = dc.get("/api/v1/nodes/" + fileId).json().get("parentId").asString();
        JsonNode creatorsList = dc.get("/api/v1/nodes/" + parent + "/children?maxItems=1000").json();
        JsonNode outsidersList = os.get("/api/v1/nodes/" + parent + "/children?maxItems=1000").json();
        assertThat(creatorsList.get("items").toString()).contains(fileId);
        assertThat(outsidersList.get("items").toString()).doesNotContain(fileId);
        assertThat(outsidersList.get("totalItems").asLong()).isEqualTo(outsidersList.get("items").size());
        JsonNode office = dc.get("/api/v1/nodes/" + created.json().get("properties").get("eo:officeCode").asString()).json();
        assertThat(office).isNotNull();
        // a Normal file of the same section is readable by the OS
        String normal = dc.postJson(E + "/files", Map.of("head", "A-12011", "subject", "सामान्य")).json().get("id").asString();
        assertThat(os.get(E + "/files/" + normal).status()).isEqualTo(200);
        assertThat(clerk.get(E + "/files/" + normal).status()).as("other section").isEqualTo(404);
    }

    @Test
    void anElectronicReceiptIsDiarisedWithItsScanAndItsFrozenFieldsAreRefusedAfterItMoves() {
        ApiClient dak = demoUser("dak.clerk");
        long ag2Post = post(demoUser("ag2.rev"));
        Map<String, Object> body = receipt("ई-मेल से प्राप्त पत्र");
        body.put("electronic", true);
        body.put("deliveryMode", "Email");
        String json = "{" + body.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s
                ? "\"" + s + "\"" : e.getValue())).reduce((a, b) -> a + "," + b).orElseThrow() + "}";
        ApiClient.Response diarised = dak.uploadStream(E + "/receipts", ApiClient.fields("receipt", json), "letter.pdf",
                () -> new java.io.ByteArrayInputStream("%PDF-1.4 scanned letter".getBytes(StandardCharsets.UTF_8)), false);
        assertThat(diarised.status()).as(diarised.text()).isEqualTo(201);
        String id = diarised.json().get("id").asString();
        assertThat(dak.get("/api/v1/nodes/" + id + "/content").text()).isEqualTo("%PDF-1.4 scanned letter");

        assertThat(dak.patchJson(E + "/receipts/" + id, Map.of("letterDate", "2026-01-05")).status()).isEqualTo(200);
        send(dak, id, ag2Post, "for action", "receipts");
        ApiClient.Response frozen = demoUser("ag2.rev").patchJson(E + "/receipts/" + id, Map.of("letterDate", "2026-01-06"));
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().get("detail").asString()).contains("letterDate is frozen");
        assertThat(frozen.json().get("field").asString()).as("the refused field, for a form to show it there")
                .isEqualTo("letterDate");
    }

    private static Map<String, Object> receipt(String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        body.put("senderName", "श्री रामलाल");
        body.put("senderCity", "Ashta");
        body.put("receivedDate", java.time.LocalDate.now().toString());
        body.put("deliveryMode", "Hand");
        body.put("electronic", false);
        return body;
    }

    private static long post(ApiClient user) {
        return user.get(E + "/me/posts").json().get(0).get("id").asLong();
    }

    private static ApiClient.Response send(ApiClient from, String id, long to, String remarks) {
        return send(from, id, to, remarks, "files");
    }

    private static ApiClient.Response send(ApiClient from, String id, long to, String remarks, String kind) {
        return from.postJson(E + "/" + kind + "/" + id + "/send", Map.of("toPostId", to, "remarks", remarks));
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode entry : list) {
            if (entry.get("itemId").asString().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }
}
