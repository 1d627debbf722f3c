package org.daftar.repository.node;

import java.io.InputStream;

/**
 * Content arriving for a document: read once, streamed, never held in memory.
 *
 * @param stream   the bytes
 * @param mimeType the media type the sender declared, or {@code null} to guess from the name
 */
public record NewContent(InputStream stream, String mimeType) {
}
