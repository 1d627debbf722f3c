package org.daftar.ocr.input;

/**
 * What a scan may ask of memory before anything is decoded: a decompression bomb (a 100000×100000 image is a
 * few hundred bytes compressed and 10 GB decoded) is refused by its declared size.
 *
 * @param maxPagePixels the most pixels one page image may have (300 dpi A3 is 17 Mpx)
 * @param maxPages      the most pages one scan may have
 * @param renderDpi     the resolution PDF pages are rasterized at
 */
public record InputLimits(long maxPagePixels, int maxPages, int renderDpi) {

    public InputLimits {
        if (maxPagePixels < 1 || maxPages < 1 || renderDpi < 50) {
            throw new IllegalArgumentException("Input limits must be positive and renderDpi at least 50");
        }
    }

    /** 60 Mpx per page (A3 at 600 dpi), 10,000 pages, 300 dpi. */
    public static InputLimits defaults() {
        return new InputLimits(60_000_000L, 10_000, 300);
    }

    void checkImage(String name, int page, long width, long height) {
        if (width <= 0 || height <= 0) {
            throw new UnreadableScanException("'" + name + "' page " + page + " has no size (" + width + "x" + height + ")");
        }
        if (width * height > maxPagePixels) {
            throw new UnreadableScanException("'" + name + "' page " + page + " declares an image of " + width + "x"
                    + height + " pixels, more than the " + maxPagePixels / 1_000_000 + " megapixels allowed"
                    + " (a decompression bomb or a wrongly exported scan); export it at 300-600 dpi");
        }
    }

    void checkPages(String name, int pages) {
        if (pages < 1) {
            throw new UnreadableScanException("'" + name + "' has no pages");
        }
        if (pages > maxPages) {
            throw new UnreadableScanException("'" + name + "' has " + pages + " pages, more than the " + maxPages
                    + " allowed in one scan; split it");
        }
    }
}
