package org.daftar.ocr.ingest;

import java.util.UUID;
import org.daftar.ocr.input.MediaKind;

/** What the steps learn about one incoming scan as they run, in order. */
public final class IngestContext {

    final IncomingDocument document;
    MediaKind kind;
    int pageCount;
    String contentHash;
    UUID nodeId;
    long jobId;

    IngestContext(IncomingDocument document) {
        this.document = document;
    }

    public IncomingDocument document() {
        return document;
    }
}
