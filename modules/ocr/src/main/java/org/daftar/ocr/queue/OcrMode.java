package org.daftar.ocr.queue;

import java.util.Locale;

/** What to do with PDF pages that already have text, as in OCRmyPDF. */
public enum OcrMode {
    /** Keep a page's existing text layer; OCR only pages without one. */
    SKIP,
    /** Replace an earlier (invisible) OCR layer with a new one; keep born-digital text. */
    REDO,
    /** Rasterize and OCR every page, whatever text it has. */
    FORCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code skip}, {@code redo} or {@code force}. */
    public static OcrMode parse(String value) {
        for (OcrMode mode : values()) {
            if (mode.code().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("OCR mode must be skip, redo or force, not '" + value + "'");
    }
}
