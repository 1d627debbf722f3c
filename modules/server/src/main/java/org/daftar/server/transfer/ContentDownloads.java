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

    /**
     * The stored media type, with {@code charset=UTF-8} added to text types that name no charset: browsers would
     * otherwise read Hindi text as Latin-1, and Daftar's text content is UTF-8.
     */
    static MediaType mediaType(String stored) {
        MediaType type = MediaType.parseMediaType(stored);
        if ("text".equals(type.getType()) && type.getCharset() == null) {
            return new MediaType(type, StandardCharsets.UTF_8);
        }
        return type;
    }

    /** The content as a download ({@code attachment}) or for display in the browser. */
    public static ResponseEntity<Resource> download(ContentInfo content, Path file, String name, boolean attachment) {
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .eTag("\"" + content.hash() + "\"")
                .contentType(mediaType(content.mimeType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .body(new FileSystemResource(file));
    }
}
