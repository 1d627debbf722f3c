package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.server.api.ApiClient.fields;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentApiTest extends ApiTestBase {

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void downloadIsByteIdenticalWithTypeAndETag() throws Exception {
        byte[] bytes = randomBytes(700_000, 1);
        String id = admin().upload("/api/v1/nodes/" + newFolder() + "/children", fields("name", "scan.pdf"), "scan.pdf", bytes)
                .json().get("id").asString();
        ApiClient.Response download = admin().get("/api/v1/nodes/" + id + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(bytes);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("ETag")).isEqualTo("\"" + sha256(bytes) + "\"");
        assertThat(download.header("Content-Disposition")).contains("attachment").contains("scan.pdf");
    }

    @Test
    void rangeRequestGetsPartialContent() {
        byte[] bytes = randomBytes(10_000, 2);
        String id = admin().upload("/api/v1/nodes/" + newFolder() + "/children", fields(), "r.bin", bytes)
                .json().get("id").asString();
        ApiClient.Response part = admin().get("/api/v1/nodes/" + id + "/content", "Range", "bytes=100-199");
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 100-199/10000");
        assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 100, 200));
    }

    @Test
    void matchingETagGetsNotModified() throws Exception {
        byte[] bytes = randomBytes(1000, 3);
        String id = admin().upload("/api/v1/nodes/" + newFolder() + "/children", fields(), "e.bin", bytes)
                .json().get("id").asString();
        ApiClient.Response cached = admin().get("/api/v1/nodes/" + id + "/content", "If-None-Match", "\"" + sha256(bytes) + "\"");
        assertThat(cached.status()).isEqualTo(304);
        assertThat(cached.body()).isEmpty();
    }

    @Test
    void theSameBytesUploadedTwiceAreStoredOnce() {
        byte[] bytes = randomBytes(200_000, 4);
        String folder = newFolder();
        long before = storedFiles();
        assertThat(admin().upload("/api/v1/nodes/" + folder + "/children", fields(), "one.bin", bytes).status()).isEqualTo(201);
        assertThat(admin().upload("/api/v1/nodes/" + folder + "/children", fields(), "two.bin", bytes).status()).isEqualTo(201);
        assertThat(storedFiles()).isEqualTo(before + 1);
    }

    @Test
    void folderHasNoContentToDownload() {
        ApiClient.Response response = admin().get("/api/v1/nodes/" + newFolder() + "/content");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("is a folder");
    }
}
