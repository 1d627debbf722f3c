package org.daftar.ocr.input;

/** The pages of one opened scan. Not thread-safe; close it when done. */
public sealed interface ScanPages extends AutoCloseable permits PdfPages, ImagePages {

    MediaKind kind();

    int count();

    /** Page {@code page} (1-based) as an image. */
    PageImage image(int page);

    /** The text layer page {@code page} already has; always none for images. */
    TextLayer textLayer(int page);

    @Override
    void close();
}
