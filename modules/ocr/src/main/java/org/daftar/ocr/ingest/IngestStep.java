package org.daftar.ocr.ingest;

/**
 * One step of ingestion. Contract: steps run in the order {@link Ingestion} lists them, each reading what earlier
 * steps put in the context; a step ends the run early by throwing {@link StopIngest} (a duplicate, a refusal);
 * any other exception is a failure. {@link #cleanup} runs for every step that started, in a {@code finally},
 * whatever happened.
 */
interface IngestStep {

    void run(IngestContext context);

    default void cleanup(IngestContext context) {
    }
}
