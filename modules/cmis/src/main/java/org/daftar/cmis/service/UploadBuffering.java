package org.daftar.cmis.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How OpenCMIS holds an uploaded content stream while it parses the request (before the service sees it): in
 * memory up to {@code memoryThreshold}, above that in an encrypted temporary file in {@code directory}; the upload
 * is refused as soon as it passes {@code maxContentSize}, so no file grows past the limit.
 *
 * @param directory       where temporary files go (Daftar's home, not the system temp folder); created if missing
 * @param memoryThreshold bytes kept in memory before a temporary file is used
 * @param maxContentSize  the largest content accepted, in bytes ({@code daftar.content.max-size})
 */
public record UploadBuffering(Path directory, int memoryThreshold, long maxContentSize) {

    public UploadBuffering {
        if (memoryThreshold < 0 || maxContentSize <= 0) {
            throw new IllegalArgumentException("The memory threshold must be 0 or more and the size limit positive");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the CMIS upload folder " + directory, e);
        }
    }

    /**
     * Deletes upload buffers left by a server that stopped while reading an upload (they cannot be read: their key
     * died with it). Call once at start, before any request.
     */
    public void removeLeftovers() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, UploadBuffer.PREFIX + "*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the CMIS upload folder " + directory, e);
        }
    }
}
