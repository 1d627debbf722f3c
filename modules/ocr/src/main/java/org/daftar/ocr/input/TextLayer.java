package org.daftar.ocr.input;

/**
 * The text a PDF page already carries.
 *
 * @param text the extracted text (empty when none)
 * @param kind whether it is absent, visible (born-digital) or only invisible (an earlier OCR layer)
 */
public record TextLayer(String text, Kind kind) {

    public static final TextLayer NONE = new TextLayer("", Kind.NONE);

    /** What kind of text a page has. */
    public enum Kind { NONE, VISIBLE, INVISIBLE_OCR }
}
