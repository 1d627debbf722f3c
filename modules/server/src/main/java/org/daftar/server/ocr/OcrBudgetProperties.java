package org.daftar.server.ocr;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one scan may cost the server ({@code daftar.ocr.budget.*}); see {@code docs/ocr.md}. A scan over its
 * budget is refused at upload (400 with the reason) or its OCR job fails with the reason; the worker goes on.
 *
 * @param maxPages          the most pages one scan may have when an administrator brings it in (record-room import)
 * @param maxPagesPerUser   the most pages one scan may have when any other user uploads it
 * @param maxContentStream  the most one page's drawing instructions may inflate to (content-stream bombs)
 * @param maxDepth          the deepest page tree accepted; deeper or self-referencing trees are refused
 * @param maxPageOperators  the most drawing operators one page may run
 * @param pageTime          the longest one page may take to draw and read
 * @param renderMemory      heap PDFBox may use for one document's streams before spilling to temporary files
 * @param stuckAfter        the health check reports DOWN when a job that could run has waited this long while this
 *                          process's workers are idle
 */
@ConfigurationProperties("daftar.ocr.budget")
public record OcrBudgetProperties(
        @DefaultValue("10000") int maxPages,
        @DefaultValue("2000") int maxPagesPerUser,
        @DefaultValue("16MB") DataSize maxContentStream,
        @DefaultValue("64") int maxDepth,
        @DefaultValue("2000000") long maxPageOperators,
        @DefaultValue("2m") Duration pageTime,
        @DefaultValue("64MB") DataSize renderMemory,
        @DefaultValue("10m") Duration stuckAfter) {
}
