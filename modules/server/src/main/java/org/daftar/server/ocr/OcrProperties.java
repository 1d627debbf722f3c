package org.daftar.server.ocr;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * OCR settings ({@code daftar.ocr.*}, e.g. {@code DAFTAR_OCR_WORKERS}). See {@code docs/ocr.md}.
 *
 * @param workers           OCR worker threads in this process; -1 = one per core, 0 = none (another process reads)
 * @param tessdata          directory of the traineddata files; empty = TESSDATA_PREFIX or the system one
 * @param languages         default OCR languages (order matters: eng+hin keeps digits hin+eng drops)
 * @param mode              default handling of PDF pages with text: skip, redo or force
 * @param lease             how long a job stays a silent worker's before another may take it over
 * @param retryBase         delay before the first retry; doubled for each further one
 * @param maxAttempts       attempts before a job is dead
 * @param upright           detect and undo 90/180/270 rotation
 * @param deskew            straighten skewed pages
 * @param despeckle         3×3 median against speckle noise
 * @param adaptiveThreshold Sauvola binarization instead of Otsu
 * @param renderDpi         resolution PDF pages are rasterized at (unless the scan's own is 150–600 dpi)
 * @param maxPageMegapixels larger page images are refused as decompression bombs
 */
@ConfigurationProperties("daftar.ocr")
public record OcrProperties(
        @DefaultValue("-1") int workers,
        Path tessdata,
        @DefaultValue("eng+hin") String languages,
        @DefaultValue("skip") String mode,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("30s") Duration retryBase,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("true") boolean upright,
        @DefaultValue("false") boolean deskew,
        @DefaultValue("true") boolean despeckle,
        @DefaultValue("false") boolean adaptiveThreshold,
        @DefaultValue("300") int renderDpi,
        @DefaultValue("60") int maxPageMegapixels) {
}
