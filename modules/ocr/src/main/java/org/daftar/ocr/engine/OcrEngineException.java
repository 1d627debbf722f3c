package org.daftar.ocr.engine;

/** The OCR engine could not be started or could not read a page. */
public class OcrEngineException extends RuntimeException {

    public OcrEngineException(String message) {
        super(message);
    }

    public OcrEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
