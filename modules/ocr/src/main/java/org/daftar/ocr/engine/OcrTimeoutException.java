package org.daftar.ocr.engine;

import java.time.Duration;

/** Tesseract was stopped at the page's time limit (its own deadline monitor); what it read so far is discarded. */
public class OcrTimeoutException extends OcrEngineException {

    private final Duration limit;

    public OcrTimeoutException(Duration limit) {
        super("Tesseract was stopped after " + limit.toMillis() + " ms, the time this page had left");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
