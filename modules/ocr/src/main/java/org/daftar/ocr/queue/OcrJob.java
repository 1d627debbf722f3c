package org.daftar.ocr.queue;

import java.time.Instant;
import java.util.UUID;

/**
 * One scan's OCR job.
 *
 * @param state     queued, running, done or dead
 * @param pagesDone pages whose result is persisted
 */
public record OcrJob(long id, UUID nodeId, String languages, OcrMode mode, String state, int pageCount, int pagesDone,
                     int attempts, int maxAttempts, String worker, String lastError, String outputVersion,
                     Instant createdAt, Instant finishedAt) {
}
