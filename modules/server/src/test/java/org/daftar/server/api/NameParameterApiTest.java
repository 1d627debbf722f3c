package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.daftar.server.testing.ScanImages;
import org.junit.jupiter.api.Test;

/**
 * Names in any script up to 255 characters are taken; a NUL or bytes that are not UTF-8 in a name are refused
 * with a 400 naming the parameter, in a query string or a multipart field alike — never a 500.
 */
class NameParameterApiTest extends ApiTestBase {

    private static void assertRefused(ApiClient.Response response, String detail) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(detail);
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("reference");
    }

    @Test
    void aNulInTheNameOfAnUploadedScanIsRefusedNamingTheParameter() {
        String folder = newFolder();
        long nodes = rows("node");
        assertRefused(admin().postBytes("/api/v1/scans?parentId=" + folder + "&name=circular%00.png",
                "application/octet-stream", ScanImages.png("NUL in the name")), "Parameter 'name' contains a NUL");
        assertThat(rows("node")).isEqualTo(nodes);
    }

    @Test
    void aNameThatIsNotUtf8IsRefusedNamingTheParameterInAnyQueryString() {
        String folder = newFolder();
        assertRefused(admin().postBytes("/api/v1/scans?parentId=" + folder + "&name=a%FFb.png",
                "application/octet-stream", ScanImages.png("FF in the name")), "Parameter 'name' is not valid UTF-8");
        assertRefused(admin().get("/api/v1/nodes/" + folder + "/children?name=%C3"),
                "Parameter 'name' is not valid UTF-8");
        assertRefused(anonymous().get("/api/v1/nodes/" + folder + "/children?%FF=1"),
                "A parameter name is not valid UTF-8");
    }

    @Test
    void aNulOrABrokenUtf8ByteInTheNameFieldOfAMultipartUploadIsRefusedNamingTheField() {
        String folder = newFolder();
        long nodes = rows("node");
        assertRefused(admin().upload("/api/v1/nodes/" + folder + "/children", Map.of("name", "note\u0000.txt"),
                "note.txt", "x".getBytes(StandardCharsets.UTF_8)), "Field 'name' contains a NUL");
        String boundary = "b-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nnote")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(0xFF);
        body.writeBytes((".txt\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"n.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        assertRefused(admin().postBytes("/api/v1/nodes/" + folder + "/children",
                "multipart/form-data; boundary=" + boundary, body.toByteArray()), "Field 'name' is not valid UTF-8");
        assertThat(rows("node")).isEqualTo(nodes);
    }

    @Test
    void aUrlThatTomcatRefusesBeforeSpringIsAnsweredWithAProblemDocumentUnderTheApi() throws Exception {
        for (String path : new String[] {"/api/v1/nodes/%00", "/api/v1/nodes/a%FFb", "/api/v1/nodes/a%2Fb"}) {
            ApiClient.Response response = admin().get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).as(path).startsWith("The request URL is not valid");
        }
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write("GET /api/v1/nodes?name=a|b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                    .contains("\"detail\":\"The request URL is not valid").doesNotContain("<html");
        }
    }

    @Test
    void fileNamesOf255CharactersInHindiOrInFourByteCharactersAreAccepted() {
        String folder = newFolder();
        String hindi = "अभिलेखागार".repeat(30).substring(0, 251) + ".txt";
        String fourByte = "𠀀".repeat(251) + ".txt";
        for (String name : new String[] {hindi, fourByte}) {
            assertThat(name.codePointCount(0, name.length())).isEqualTo(255);
            ApiClient.Response created = admin().upload("/api/v1/nodes/" + folder + "/children", Map.of(), name,
                    "x".getBytes(StandardCharsets.UTF_8));
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            assertThat(created.json().get("name").asString()).isEqualTo(name);
        }
        System.out.printf("accepted file names of 255 characters: Hindi %d bytes, 4-byte script %d bytes%n",
                hindi.getBytes(StandardCharsets.UTF_8).length, fourByte.getBytes(StandardCharsets.UTF_8).length);
    }
}
