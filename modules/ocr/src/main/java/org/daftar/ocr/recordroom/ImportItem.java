package org.daftar.ocr.recordroom;

import java.util.UUID;

/**
 * One line of an import's report.
 *
 * @param outcome  imported, duplicate (skipped: the same bytes are already stored as {@code nodeId}) or failed
 * @param reason   why it failed; {@code null} otherwise
 * @param ocrState the state of the scan's OCR job (queued, running, done, dead), when there is one
 * @param ocrError why the scan's OCR failed (its budget exceeded, a worker lost on it…), when its job is dead
 */
public record ImportItem(String path, String outcome, String reason, UUID nodeId, UUID recordId, Integer pages,
                         String ocrState, String ocrError) {
}
