package org.daftar.ocr.input;

import java.nio.file.Path;

/** Opens a stored scan by what its bytes say it is. */
public final class ScanReader {

    private final MediaSniffer sniffer = new MediaSniffer();
    private final InputLimits limits;

    public ScanReader(InputLimits limits) {
        this.limits = limits;
    }

    /** Detects, checks and opens {@code file}; {@code name} is used in refusals. */
    public ScanPages open(Path file, String name) {
        return open(file, name, limits);
    }

    /** As {@link #open(Path, String)}, allowing at most {@code maxPages} pages (never more than the budget's). */
    public ScanPages open(Path file, String name, int maxPages) {
        return open(file, name, maxPages < limits.maxPages() ? limits.withMaxPages(maxPages) : limits);
    }

    private ScanPages open(Path file, String name, InputLimits budget) {
        MediaKind kind = sniffer.detect(file, name);
        return kind == MediaKind.PDF ? PdfPages.open(file, name, budget) : ImagePages.open(file, kind, name, budget);
    }

    /** The budget every scan is read within. */
    public InputLimits limits() {
        return limits;
    }

    public MediaSniffer sniffer() {
        return sniffer;
    }
}
