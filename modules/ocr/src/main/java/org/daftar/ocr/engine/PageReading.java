package org.daftar.ocr.engine;

/**
 * What an engine read on one page image.
 *
 * @param text       the recognized text, lines separated by newlines
 * @param hocr       the hOCR of the page: every word with its box and confidence ({@code x_wconf})
 * @param confidence mean word confidence 0–100
 * @param textLayer  a one-page PDF holding only the invisible, positioned text, the size of the image at its dpi
 */
public record PageReading(String text, String hocr, float confidence, byte[] textLayer) {
}
