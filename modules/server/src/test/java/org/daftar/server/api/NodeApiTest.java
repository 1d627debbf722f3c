package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.server.api.ApiClient.fields;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NodeApiTest extends ApiTestBase {

    private JsonNode uploadReceipt(String folder, String name, String text) {
        ApiClient.Response response = admin().upload("/api/v1/nodes/" + folder + "/children", fields(
                        "name", name, "type", "eo:receipt",
                        "eo:diaryNumber", "41/2024/COLL-SEH",
                        "eo:senderName", "तहसीलदार आष्टा",
                        "eo:subject", "नामांतरण प्रकरण",
                        "eo:receivedDate", "2024-02-01",
                        "aspects", "eo:ocr", "eo:ocrLanguages", "eng+hin"),
                name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json();
    }

    @Test
    void uploadedDocumentComesBackWithItsTypedProperties() {
        String folder = newFolder();
        JsonNode created = uploadReceipt(folder, "पत्र.txt", "पत्र का पाठ");
        ApiClient.Response read = admin().get("/api/v1/nodes/" + created.get("id").asString());
        assertThat(read.status()).isEqualTo(200);
        JsonNode node = read.json();
        assertThat(node.get("name").asString()).isEqualTo("पत्र.txt");
        assertThat(node.get("type").asString()).isEqualTo("eo:receipt");
        assertThat(node.get("versionLabel").asString()).isEqualTo("1.0");
        assertThat(node.get("properties").get("eo:senderName").asString()).isEqualTo("तहसीलदार आष्टा");
        assertThat(node.get("properties").get("eo:grading").asString()).isEqualTo("Normal");
        assertThat(node.get("properties").get("eo:ocrLanguages").asString()).isEqualTo("eng+hin");
        assertThat(node.get("content").get("size").asLong()).isEqualTo("पत्र का पाठ".getBytes(StandardCharsets.UTF_8).length);
        assertThat(read.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void folderIsCreatedFromJsonAndListedWithPaging() {
        String folder = newFolder();
        for (String name : new String[] {"c", "a", "b"}) {
            assertThat(admin().postJson("/api/v1/nodes/" + folder + "/children", Map.of("name", name)).status()).isEqualTo(201);
        }
        JsonNode page = admin().get("/api/v1/nodes/" + folder + "/children?skipCount=1&maxItems=1").json();
        assertThat(ApiClient.names(page.get("items"))).containsExactly("b");
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("hasMoreItems").asBoolean()).isTrue();
    }

    @Test
    void propertiesAreUpdatedAndNullRemovesOne() {
        String folder = newFolder();
        String id = uploadReceipt(folder, "update.txt", "x").get("id").asString();
        Map<String, Object> changes = new HashMap<>();
        changes.put("eo:vip", true);
        changes.put("eo:letterNumber", "412/Reader/2023");
        JsonNode updated = admin().patchJson("/api/v1/nodes/" + id, Map.of("name", "renamed.txt", "properties", changes)).json();
        assertThat(updated.get("name").asString()).isEqualTo("renamed.txt");
        assertThat(updated.get("properties").get("eo:vip").asBoolean()).isTrue();
        Map<String, Object> removal = new HashMap<>();
        removal.put("eo:letterNumber", null);
        JsonNode removed = admin().patchJson("/api/v1/nodes/" + id, Map.of("properties", removal)).json();
        assertThat(removed.get("properties").has("eo:letterNumber")).isFalse();
        JsonNode audit = admin().get("/api/v1/nodes/" + id + "/audit").json();
        assertThat(audit).hasSize(3);
        assertThat(audit.get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(audit.get(2).get("actor").asString()).isEqualTo("admin");
    }

    @Test
    void newVersionsKeepOldContentDownloadable() {
        String folder = newFolder();
        String id = uploadReceipt(folder, "draft.txt", "first draft").get("id").asString();
        ApiClient.Response second = admin().put("/api/v1/nodes/" + id + "/content?majorVersion=true&comment=approved",
                "text/plain", "second draft".getBytes(StandardCharsets.UTF_8));
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.json().get("versionLabel").asString()).isEqualTo("2.0");
        JsonNode versions = admin().get("/api/v1/nodes/" + id + "/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("label").asString()).isEqualTo("2.0");
        assertThat(versions.get(0).get("comment").asString()).isEqualTo("approved");
        assertThat(admin().get("/api/v1/nodes/" + id + "/versions/1.0/content").text()).isEqualTo("first draft");
        assertThat(admin().get("/api/v1/nodes/" + id + "/content").text()).isEqualTo("second draft");
        assertThat(admin().get("/api/v1/nodes/" + id + "/versions/7.0").status()).isEqualTo(404);
    }

    @Test
    void deletedNodeGoesToTheTrashAndCanBeRestored() {
        String folder = newFolder();
        String id = uploadReceipt(folder, "gone.txt", "x").get("id").asString();
        assertThat(admin().delete("/api/v1/nodes/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/nodes/" + id).status()).isEqualTo(404);
        JsonNode trash = admin().get("/api/v1/trash?maxItems=1000").json().get("items");
        assertThat(trash.findValuesAsString("id")).contains(id);
        ApiClient.Response restored = admin().postJson("/api/v1/trash/" + id + "/restore", Map.of());
        assertThat(restored.status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/nodes/" + id).status()).isEqualTo(200);
    }

    @Test
    void theModelIsReadableSoClientsCanBuildForms() {
        JsonNode file = admin().get("/api/v1/model/types/eo:file").json();
        assertThat(file.get("parent").asString()).isEqualTo("cm:folder");
        assertThat(file.get("properties").findValuesAsString("name")).contains("eo:fileNumber", "eo:subject", "eo:grading");
        assertThat(admin().get("/api/v1/model/types/eo:nothing").status()).isEqualTo(400);
    }
}
