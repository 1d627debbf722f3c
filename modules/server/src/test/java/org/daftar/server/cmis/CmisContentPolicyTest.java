package org.daftar.server.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.UnfileObject;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CMIS content streams follow the same rules as REST and web content: sniffed on store, policed when served. */
class CmisContentPolicyTest extends CmisTestBase {

    private Folder folder;

    /** Leaves nothing behind for the TCK, which checks every document it finds. */
    @AfterEach
    void removeFolder() {
        if (folder != null) {
            folder.deleteTree(true, UnfileObject.DELETE, true);
        }
    }

    private Document create(String name, String declaredType, String content) {
        folder = admin().getRootFolder().createFolder(Map.of(PropertyIds.NAME, "content-" + UUID.randomUUID(),
                PropertyIds.OBJECT_TYPE_ID, "cmis:folder"));
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return folder.createDocument(Map.of(PropertyIds.NAME, name, PropertyIds.OBJECT_TYPE_ID, "cmis:document"),
                new ContentStreamImpl(name, BigInteger.valueOf(bytes.length), declaredType, new ByteArrayInputStream(bytes)),
                VersioningState.MAJOR);
    }

    private HttpResponse<String> content(Document document, String download) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cmis/browser/daftar/root?objectId="
                        + document.getId() + "&cmisselector=content&download=" + download))
                .header("Authorization", "Basic " + auth).GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void htmlSentAsAnImageIsRecordedAsHtmlAndDownloadedEvenWhenAskedInline() throws Exception {
        Document page = create("photo.png", "image/png", "<html><script>alert(document.cookie)</script></html>");
        assertThat(page.getContentStreamMimeType()).isEqualTo("text/html");

        HttpResponse<String> response = content(page, "inline");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        // CMIS keeps the recorded type on the stream (clients compare it with cmis:contentStreamMimeType).
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("sandbox;");
        assertThat(response.body()).contains("<script>");
    }

    @Test
    void plainTextIsStillShownInlineWhenAsked() throws Exception {
        Document text = create("note.txt", "text/plain", "नोटशीट पर टिप्पणी");
        HttpResponse<String> response = content(text, "inline");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("sandbox;");
        assertThat(content(text, "attachment").headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    }
}
