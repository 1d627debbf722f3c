package org.daftar.repository.backup;

/**
 * How far a backup or restore has come.
 *
 * @param phase      what it is doing now ("database", "WAL", "content", ...)
 * @param bytesDone  bytes copied so far, all phases
 * @param bytesTotal bytes to copy in all, as far as known
 * @param filesDone  files copied or checked so far
 * @param filesTotal files to copy in all, as far as known
 */
public record Progress(String phase, long bytesDone, long bytesTotal, long filesDone, long filesTotal) {

    /** Percent of the bytes done, 0–100. */
    public int percent() {
        return bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesDone * 100 / bytesTotal);
    }
}
