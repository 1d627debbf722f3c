package org.daftar.server.transfer;

import java.nio.file.Path;
import org.daftar.repository.content.ContentInfo;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Builds content downloads. The file is handed to Spring as a resource, which streams it and answers
 * {@code Range} requests (206) and, with the ETag set here, {@code If-None-Match} (304). Type, disposition and the
 * protective headers come from {@link InlinePolicy}.
 */
public final class ContentDownloads {

    private ContentDownloads() {
    }

    /**
     * The content as a download ({@code attachment}) or, when {@code attachment} is false and {@link InlinePolicy}
     * allows it for the content's type, for display in the browser.
     */
    public static ResponseEntity<Resource> download(ContentInfo content, Path file, String name, boolean attachment) {
        InlinePolicy.Serving serving = InlinePolicy.serving(content.mimeType(), !attachment);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(serving.type());
        headers.setContentDisposition(serving.disposition(name));
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        headers.setCacheControl("private, no-cache");
        InlinePolicy.protect(headers);
        return ResponseEntity.ok()
                .eTag("\"" + content.hash() + "\"")
                .headers(headers)
                .body(new FileSystemResource(file));
    }
}
