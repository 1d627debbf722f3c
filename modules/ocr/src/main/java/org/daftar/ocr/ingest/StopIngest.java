package org.daftar.ocr.ingest;

/** Ends an ingestion early with its outcome (a duplicate or a refusal). */
final class StopIngest extends RuntimeException {

    final transient IngestOutcome outcome;

    StopIngest(IngestOutcome outcome) {
        super(null, null, false, false);
        this.outcome = outcome;
    }
}
