package org.daftar.ocr.ingest;

import org.daftar.ocr.input.ScanPages;
import org.daftar.ocr.input.ScanReader;
import org.daftar.ocr.input.UnreadableScanException;

/**
 * Step 2: opens the scan to count its pages, refusing encrypted, truncated or corrupt files, decompression and
 * content-stream bombs, structures too deep or self-referencing, and more pages than the actor is allowed.
 */
final class CheckPages implements IngestStep {

    private final ScanReader reader;
    private final PageAllowance allowance;

    CheckPages(ScanReader reader, PageAllowance allowance) {
        this.reader = reader;
        this.allowance = allowance;
    }

    @Override
    public void run(IngestContext context) {
        try (ScanPages pages = reader.open(context.document.file(), context.document.name(),
                allowance.maxPages(context.document.actor()))) {
            context.pageCount = pages.count();
        } catch (UnreadableScanException e) {
            throw new StopIngest(new IngestOutcome.Refused(e.getMessage()));
        }
    }
}
