package org.daftar.repository.text;

/**
 * The text of one page of a document.
 *
 * @param page       1-based page number
 * @param source     where the text came from
 * @param language   the language(s) used to read it, e.g. {@code eng+hin}; {@code null} when not OCRed
 * @param confidence mean OCR confidence 0–100; {@code null} when not OCRed
 */
public record PageText(int page, TextSource source, String language, Float confidence, String text) {

    public PageText {
        if (page < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1, not " + page);
        }
        if (text == null) {
            throw new IllegalArgumentException("Page " + page + " has no text (use an empty string)");
        }
    }

    /** How a page's text was obtained. */
    public enum TextSource {
        /** The PDF's own text layer. */
        TEXT_LAYER,
        /** Optical character recognition of the page image. */
        OCR,
        /** A plain-text document, split into pages at form feeds. */
        PLAIN_TEXT
    }
}
