package org.daftar.ocr.ingest;

import org.daftar.ocr.input.ScanPages;
import org.daftar.ocr.input.ScanReader;
import org.daftar.ocr.input.UnreadableScanException;

/** Step 2: opens the scan to count its pages, refusing encrypted, truncated or corrupt files and decompression bombs. */
final class CheckPages implements IngestStep {

    private final ScanReader reader;

    CheckPages(ScanReader reader) {
        this.reader = reader;
    }

    @Override
    public void run(IngestContext context) {
        try (ScanPages pages = reader.open(context.document.file(), context.document.name())) {
            context.pageCount = pages.count();
        } catch (UnreadableScanException e) {
            throw new StopIngest(new IngestOutcome.Refused(e.getMessage()));
        }
    }
}
