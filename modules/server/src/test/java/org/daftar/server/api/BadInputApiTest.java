package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.server.api.ApiClient.fields;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each kind of bad input gets a 4xx problem document that names the problem, and leaves nothing behind. */
class BadInputApiTest extends ApiTestBase {

    private void assertNothingWritten(Runnable request) {
        long nodes = rows("node");
        long blobs = rows("content_blob");
        long files = storedFiles();
        request.run();
        assertThat(rows("node")).as("node rows").isEqualTo(nodes);
        assertThat(rows("content_blob")).as("content_blob rows").isEqualTo(blobs);
        assertThat(storedFiles()).as("files in the content store").isEqualTo(files);
    }

    private static void assertProblem(ApiClient.Response response, int status, String detail) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(detail);
        assertThat(response.text()).doesNotContain("at org.daftar").doesNotContain("Exception");
    }

    @Test
    void unknownTypeIsRefusedByName() {
        String folder = newFolder();
        assertNothingWritten(() -> assertProblem(admin().upload("/api/v1/nodes/" + folder + "/children",
                fields("type", "eo:reciept"), "x.txt", "x".getBytes(StandardCharsets.UTF_8)), 400, "Type 'eo:reciept' is not defined"));
    }

    @Test
    void missingMandatoryPropertiesAreEachListed() {
        String folder = newFolder();
        assertNothingWritten(() -> {
            ApiClient.Response response = admin().upload("/api/v1/nodes/" + folder + "/children",
                    fields("type", "eo:receipt", "eo:subject", "विषय"), "x.txt", "x".getBytes(StandardCharsets.UTF_8));
            assertProblem(response, 400, "eo:diaryNumber: is mandatory");
            JsonNode violations = response.json().get("violations");
            assertThat(violations.findValuesAsString("property"))
                    .containsExactlyInAnyOrder("eo:diaryNumber", "eo:senderName", "eo:receivedDate");
        });
    }

    @Test
    void valueOutsideAListConstraintIsRefused() {
        String folder = newFolder();
        assertNothingWritten(() -> assertProblem(admin().postJson("/api/v1/nodes/" + folder + "/children", Map.of(
                        "name", "f", "type", "eo:file", "properties", Map.of("eo:fileNumber", "A-1/1/2024",
                                "eo:subject", "x", "eo:grading", "Top Secret"))), 400,
                "eo:grading: 'Top Secret' is not one of Normal, Confidential, Secret"));
    }

    @Test
    void duplicateNameInAFolderIsAConflict() {
        String folder = newFolder();
        admin().upload("/api/v1/nodes/" + folder + "/children", fields(), "order.txt", "first".getBytes(StandardCharsets.UTF_8));
        assertNothingWritten(() -> assertProblem(admin().upload("/api/v1/nodes/" + folder + "/children", fields(),
                "ORDER.txt", "second, different bytes".getBytes(StandardCharsets.UTF_8)), 409, "'ORDER.txt' already exists"));
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeItIsSent() {
        String folder = newFolder();
        byte[] tooLarge = new byte[3 << 20];
        assertNothingWritten(() -> {
            ApiClient.Response response = admin().upload("/api/v1/nodes/" + folder + "/children", fields(), "big.bin", tooLarge);
            assertProblem(response, 413, "larger than the limit of 1048576 bytes");
            assertThat(response.json().get("limitBytes").asLong()).isEqualTo(1 << 20);
        });
    }

    @Test
    void streamedFileOverTheLimitIsRefusedMidwayAndNothingIsKept() {
        String folder = newFolder();
        assertNothingWritten(() -> assertProblem(admin().uploadStream("/api/v1/nodes/" + folder + "/children", fields(),
                "stream.bin", () -> zeros(1_500_000), true),
                413, "larger than the limit"));
    }

    @Test
    void newVersionOverTheLimitIsRefused() {
        String folder = newFolder();
        String id = admin().upload("/api/v1/nodes/" + folder + "/children", fields(), "v.txt", "v1".getBytes(StandardCharsets.UTF_8))
                .json().get("id").asString();
        assertNothingWritten(() -> assertProblem(admin().put("/api/v1/nodes/" + id + "/content", "application/octet-stream",
                new byte[2 << 20]), 413, "larger than the limit"));
        assertThat(admin().get("/api/v1/nodes/" + id).json().get("versionLabel").asString()).isEqualTo("1.0");
    }

    @Test
    void missingNodeIsNotFound() {
        assertProblem(admin().get("/api/v1/nodes/6f1c1a52-0000-4000-8000-000000000000"), 404,
                "Node '6f1c1a52-0000-4000-8000-000000000000' does not exist");
        assertProblem(admin().upload("/api/v1/nodes/6f1c1a52-0000-4000-8000-000000000000/children", fields(), "x.txt",
                "x".getBytes(StandardCharsets.UTF_8)), 404, "does not exist");
    }

    @Test
    void malformedRequestsAreBadRequests() {
        assertProblem(admin().get("/api/v1/nodes/12345"), 400, "must be a node id (UUID)");
        assertProblem(admin().postRaw("/api/v1/nodes/" + ROOT + "/children", "application/json", "{\"name\": "), 400, "Invalid JSON");
        assertProblem(admin().get("/api/v1/nodes/" + ROOT + "/children?maxItems=5000"), 400, "maxItems must be between 1 and 1000");
        assertProblem(admin().upload("/api/v1/nodes/" + ROOT + "/children", fields("colour", "red"), "x.txt",
                "x".getBytes(StandardCharsets.UTF_8)), 400, "Unknown field 'colour'");
        assertProblem(admin().upload("/api/v1/nodes/" + ROOT + "/children", fields(), "a/b.txt",
                "x".getBytes(StandardCharsets.UTF_8)), 400, "cm:name");
    }

    private static InputStream zeros(int size) {
        return new java.io.ByteArrayInputStream(new byte[size]);
    }
}
