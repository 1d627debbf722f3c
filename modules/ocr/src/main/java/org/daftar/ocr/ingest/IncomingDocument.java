package org.daftar.ocr.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.daftar.ocr.queue.OcrMode;

/**
 * A scan arriving by any route.
 *
 * @param source     how it came
 * @param file       its bytes on local disk (an upload's staging file or the import's source file); never modified
 * @param name       the name it had, used for the node and in messages
 * @param parentId   the folder to store it in
 * @param properties extra {@code eo:scan} properties
 * @param languages  OCR languages, e.g. {@code eng+hin}
 * @param mode       what to do with pages that already have text
 * @param actor      who brought it in
 */
public record IncomingDocument(Source source, Path file, String name, UUID parentId, Map<String, ?> properties,
                               String languages, OcrMode mode, String actor) {

    public IncomingDocument {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The routes by which scans arrive. */
    public enum Source { UPLOAD, IMPORT, WATCHED_FOLDER }
}
