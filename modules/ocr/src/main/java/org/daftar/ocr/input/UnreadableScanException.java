package org.daftar.ocr.input;

/** A file that cannot be taken in as a scan; the message says why and what to do, for the import report. */
public class UnreadableScanException extends RuntimeException {

    public UnreadableScanException(String message) {
        super(message);
    }

    public UnreadableScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
