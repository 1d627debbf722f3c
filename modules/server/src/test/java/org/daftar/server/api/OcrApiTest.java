package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.daftar.server.testing.ScanImages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Scan upload, OCR status, record-room import and register over real HTTP, with the real OCR workers. */
class OcrApiTest extends ApiTestBase {

    @Test
    void anUploadedScanIsStoredQueuedAndReadAndAnUploadOfTheSameBytesIsADuplicate() throws IOException {
        String folder = newFolder();
        byte[] png = ScanImages.png("Circular No. 1147/2025 of Collectorate Raisen");
        ApiClient.Response created = admin().postBytes("/api/v1/scans?parentId=" + folder + "&name=circular.png",
                "application/octet-stream", png);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("nodeId").asString();
        assertThat(created.json().get("pages").asInt()).isEqualTo(1);

        JsonNode job = awaitJob(id);
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
        JsonNode node = admin().get("/api/v1/nodes/" + id).json();
        assertThat(node.toString()).contains("eo:ocr").contains("1.1");

        ApiClient.Response again = admin().postBytes("/api/v1/scans?parentId=" + folder + "&name=again.png",
                "image/png", png);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("outcome").asString()).isEqualTo("duplicate");
        assertThat(again.json().get("nodeId").asString()).isEqualTo(id);
    }

    @Test
    void aBadUploadIsRefusedWithAProblemNamingTheReasonAndNothingIsStored() {
        String folder = newFolder();
        long nodes = rows("node");
        ApiClient.Response zip = admin().postBytes("/api/v1/scans?parentId=" + folder + "&name=scan.pdf",
                "application/pdf", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        assertThat(zip.status()).isEqualTo(400);
        assertThat(zip.json().get("detail").asString()).contains("'scan.pdf' is a ZIP archive");
        ApiClient.Response language = admin().postBytes("/api/v1/scans?parentId=" + folder + "&name=a.png&languages=eng%2Bxyz",
                "image/png", new byte[] {1});
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.json().get("detail").asString()).contains("'xyz' is not installed");
        assertThat(rows("node")).isEqualTo(nodes);
    }

    @Test
    void deepOrSelfReferencingPdfStructuresAreRefusedAtUploadWith400AndAReadableReasonNeverA500() {
        String folder = newFolder();
        long nodes = rows("node");
        Map<String, byte[]> poison = Map.of(
                "has objects nested too deeply to read", org.daftar.server.testing.PoisonPdfs.nestedArrays(100_000),
                "has a page tree nested more than 64 levels deep", org.daftar.server.testing.PoisonPdfs.deepPageTree(5_000),
                "has a page tree that refers to itself", org.daftar.server.testing.PoisonPdfs.selfReferencingPageTree());
        poison.forEach((reason, pdf) -> {
            ApiClient.Response refused = admin().postBytes("/api/v1/scans?parentId=" + folder + "&name=poison.pdf",
                    "application/pdf", pdf);
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).contains("'poison.pdf' " + reason);
        });
        assertThat(rows("node")).isEqualTo(nodes);
    }

    @Test
    void onlyAdministratorsMayImportAndAMissingFolderIsNamedInTheRefusal() {
        admin().postJson("/api/v1/users", Map.of("username", "clerk.ocr", "displayName", "अभिलेख लिपिक",
                "password", "clerk-password-1", "admin", false));
        ApiClient clerk = new ApiClient(port, "clerk.ocr", "clerk-password-1");
        assertThat(clerk.postJson("/api/v1/imports", Map.of("path", "/tmp")).status()).isEqualTo(403);
        ApiClient.Response missing = admin().postJson("/api/v1/imports", Map.of("path", "/no/such/record-room"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("/no/such/record-room").contains("does not exist");
        assertThat(admin().get("/api/v1/imports/999999").status()).isEqualTo(404);
    }

    @Test
    void anImportRunsToCompletionWithProgressAReportAndRegisterEntries() throws IOException {
        Path room = Files.createTempDirectory("record-room");
        Files.write(room.resolve("p1.png"), ScanImages.png("Land record of village Ashta 1994"));
        Files.writeString(room.resolve("manifest.csv"),
                "legacy_number,subject,year,retention,room,rack,path\nLR-44/1994,Land record Ashta,1994,C-10,R2,9,p1.png\n");
        ApiClient.Response started = admin().postJson("/api/v1/imports", Map.of("path", room.toString(), "languages", "eng"));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String id = started.json().get("id").asString();
        JsonNode progress = awaitImport(id);
        assertThat(progress.get("imported").asInt()).isEqualTo(1);
        assertThat(progress.get("pagesOcred").asInt()).isEqualTo(1);
        assertThat(admin().get("/api/v1/imports/" + id + "/items").json().get(0).get("outcome").asString())
                .isEqualTo("imported");
        JsonNode register = admin().get("/api/v1/record-room/files?rack=9&retention=C-10").json();
        assertThat(register.size()).isEqualTo(1);
        assertThat(register.get(0).get("legacyNumber").asString()).isEqualTo("LR-44/1994");
        assertThat(register.get(0).get("reviewDue").asString()).isEqualTo("2004-01-01");
    }

    private JsonNode awaitJob(String id) {
        return await(() -> admin().get("/api/v1/scans/" + id + "/ocr").json(),
                j -> !j.get("state").asString().matches("queued|running"));
    }

    private JsonNode awaitImport(String id) {
        return await(() -> admin().get("/api/v1/imports/" + id).json(),
                j -> !j.get("state").asString().equals("running") && j.get("ocrPending").asInt() == 0);
    }

    private static JsonNode await(java.util.function.Supplier<JsonNode> poll, java.util.function.Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode last = poll.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out; last state " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = poll.get();
        }
        return last;
    }
}
