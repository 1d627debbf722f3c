package org.daftar.repository.content;

import java.nio.file.Path;

/**
 * Content received and hashed into a temporary file, durable on disk but not yet part of the store.
 * {@link FileSystemContentStore#promote} moves it into place; {@link FileSystemContentStore#discard} drops it.
 *
 * @param hash     lower-case hex SHA-256 of the bytes
 * @param size     number of bytes
 * @param tempFile where the bytes wait
 */
public record StagedContent(String hash, long size, Path tempFile) {
}
