package org.daftar.repository.content;

/**
 * What a document's content is: its SHA-256 (also its address in the store and its ETag), size and media type.
 */
public record ContentInfo(String hash, long size, String mimeType) {
}
