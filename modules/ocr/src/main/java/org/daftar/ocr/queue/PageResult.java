package org.daftar.ocr.queue;

import org.daftar.repository.text.PageText;

/**
 * The persisted result of one page.
 *
 * @param textLayer a one-page PDF with the invisible text to lay over the page; {@code null} when the page kept its
 *                  own text layer
 * @param pageImage the page image (JPEG) to show instead of the original page when preprocessing moved pixels
 *                  (rotation, deskew); {@code null} to keep the original page
 * @param imageDpi  the resolution of {@code pageImage}; 0 without one
 */
public record PageResult(int page, PageText.TextSource source, String language, Float confidence, String text,
                         String hocr, byte[] textLayer, byte[] pageImage, int imageDpi, int millis) {
}
