package org.daftar.ocr.ingest;

import java.util.UUID;

/** What became of an incoming scan. */
public sealed interface IngestOutcome {

    /** Stored as a new {@code eo:scan} and queued for OCR. */
    record Stored(UUID nodeId, long jobId, int pages, String contentHash) implements IngestOutcome {
    }

    /** The same bytes are already stored; nothing new was created. */
    record Duplicate(UUID existingNodeId, String contentHash) implements IngestOutcome {
    }

    /** Not taken in; {@code reason} says why and what to do. */
    record Refused(String reason) implements IngestOutcome {
    }
}
