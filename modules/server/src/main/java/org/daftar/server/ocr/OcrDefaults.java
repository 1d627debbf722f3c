package org.daftar.server.ocr;

import org.daftar.ocr.queue.OcrMode;

/** The languages and mode used when a request names none. */
record OcrDefaults(String languages, OcrMode mode) {
}
