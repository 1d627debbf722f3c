package org.daftar.ocr.recordroom;

import java.time.Instant;

/**
 * Where an import stands.
 *
 * @param state          running (files still being taken in), done or failed (could not go on; see error)
 * @param filesDone      files taken in so far, whatever their outcome
 * @param pagesTotal     pages of the scans imported by this run
 * @param pagesOcred     of those, pages whose OCR is finished
 * @param ocrPending     scans of this run still queued or being read
 * @param ocrFailed      scans of this run whose OCR ended dead
 * @param pagesPerMinute OCR pages per minute since the import started
 * @param etaSeconds     estimated seconds until all pages are read; {@code null} before the first page
 */
public record ImportProgress(long id, String path, String languages, String mode, String state, String error,
                             Integer filesTotal, int filesDone, int imported, int duplicates, int failed,
                             long pagesTotal, long pagesOcred, int ocrPending, int ocrFailed, double pagesPerMinute,
                             Long etaSeconds, Instant createdAt, Instant finishedAt) {

    /** Files are all taken in and every imported scan's OCR has ended. */
    public boolean complete() {
        return !state.equals("running") && ocrPending == 0;
    }
}
