package org.daftar.ocr.recordroom;

/** An import that cannot start (no such folder, unreadable manifest); the message says what to fix. */
public class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String message) {
        super(message);
    }
}
