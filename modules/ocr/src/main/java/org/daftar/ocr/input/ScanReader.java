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
        MediaKind kind = sniffer.detect(file, name);
        return kind == MediaKind.PDF ? PdfPages.open(file, name, limits) : ImagePages.open(file, kind, name, limits);
    }

    public MediaSniffer sniffer() {
        return sniffer;
    }
}
