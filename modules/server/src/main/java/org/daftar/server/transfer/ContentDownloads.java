package org.daftar.server.transfer;

import java.nio.file.Path;
import org.daftar.repository.content.ContentInfo;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.nio.charset.StandardCharsets;

/**
 * Builds content downloads. The file is handed to Spring as a resource, which streams it and answers
 * {@code Range} requests (206) and, with the ETag set here, {@code If-None-Match} (304).
 */
public final class ContentDownloads {

    private ContentDownloads() {
    }

    /** The content as a download ({@code attachment}) or for display in the browser. */
    public static ResponseEntity<Resource> download(ContentInfo content, Path file, String name, boolean attachment) {
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .eTag("\"" + content.hash() + "\"")
                .contentType(MediaType.parseMediaType(content.mimeType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .body(new FileSystemResource(file));
    }
}
