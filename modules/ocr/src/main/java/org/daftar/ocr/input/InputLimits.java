package org.daftar.ocr.input;

import java.time.Duration;

/**
 * The budget one scan may spend, checked before anything big is decoded and again while each page is read: a
 * decompression bomb (a 100000×100000 image is a few hundred bytes compressed and 10 GB decoded), a content
 * stream that inflates to hundreds of megabytes of drawing operators, a page tree nested thousands of levels deep
 * or referring to itself, a page that takes minutes to draw. Exceeding it refuses the scan at upload or fails its
 * OCR job with the reason; it never takes the worker down.
 *
 * @param maxPagePixels         the most pixels one page image may have (300 dpi A3 is 17 Mpx)
 * @param maxPages              the most pages one scan may have (the per-user allowance may be lower)
 * @param renderDpi             the resolution PDF pages are rasterized at
 * @param maxContentStreamBytes the most bytes one page's drawing instructions may inflate to (a scanned page
 *                              needs under 1 KB, a dense born-digital one a few MB)
 * @param maxStructureDepth     the deepest page tree accepted (real files are under 10 levels)
 * @param maxPageOperators      the most drawing operators one page may run
 * @param pageTime              the longest one page may take to draw (and, checked after it, to read)
 * @param renderMemoryBytes     heap PDFBox may use to cache one document's streams before spilling to temp files
 */
public record InputLimits(long maxPagePixels, int maxPages, int renderDpi, long maxContentStreamBytes,
                          int maxStructureDepth, long maxPageOperators, Duration pageTime, long renderMemoryBytes) {

    public InputLimits {
        if (maxPagePixels < 1 || maxPages < 1 || renderDpi < 50 || maxContentStreamBytes < 1 || maxStructureDepth < 1
                || maxPageOperators < 1 || pageTime == null || pageTime.isNegative() || pageTime.isZero()
                || renderMemoryBytes < 1) {
            throw new IllegalArgumentException("Input limits must be positive and renderDpi at least 50");
        }
    }

    /** The given pixel, page and resolution limits with the default budget for the rest. */
    public InputLimits(long maxPagePixels, int maxPages, int renderDpi) {
        this(maxPagePixels, maxPages, renderDpi, 16L << 20, 64, 2_000_000, Duration.ofMinutes(2), 64L << 20);
    }

    /** 60 Mpx per page (A3 at 600 dpi), 10,000 pages, 300 dpi, 16 MB of drawing per page, 2 minutes per page. */
    public static InputLimits defaults() {
        return new InputLimits(60_000_000L, 10_000, 300);
    }

    /** The same budget with another page limit. */
    public InputLimits withMaxPages(int pages) {
        return new InputLimits(maxPagePixels, pages, renderDpi, maxContentStreamBytes, maxStructureDepth,
                maxPageOperators, pageTime, renderMemoryBytes);
    }

    void checkImage(String name, int page, long width, long height) {
        if (width <= 0 || height <= 0) {
            throw new UnreadableScanException("'" + name + "' page " + page + " has no size (" + width + "x" + height + ")");
        }
        if (width * height > maxPagePixels) {
            throw new OverBudgetException("'" + name + "' page " + page + " declares an image of " + width + "x"
                    + height + " pixels, more than the " + megapixels(maxPagePixels) + " megapixels allowed"
                    + " (a decompression bomb or a wrongly exported scan); export it at 300-600 dpi");
        }
    }

    void checkPages(String name, int pages) {
        if (pages < 1) {
            throw new UnreadableScanException("'" + name + "' has no pages");
        }
        if (pages > maxPages) {
            // The page tree walk stops counting just past the limit, so the exact count is not known here.
            throw new OverBudgetException("'" + name + "' has more pages than the " + maxPages
                    + " allowed in one scan; split it");
        }
    }

    void checkContentStream(String name, int page) {
        throw new OverBudgetException("'" + name + "' page " + page + " has more than " + megabytes(maxContentStreamBytes)
                + " MB of drawing instructions (a content-stream bomb or a damaged file); print it to PDF again or"
                + " scan the paper");
    }

    static String megapixels(long pixels) {
        return pixels % 1_000_000 == 0 ? Long.toString(pixels / 1_000_000)
                : java.math.BigDecimal.valueOf(pixels, 6).stripTrailingZeros().toPlainString();
    }

    static String megabytes(long bytes) {
        return Long.toString(Math.max(1, bytes >> 20));
    }
}
