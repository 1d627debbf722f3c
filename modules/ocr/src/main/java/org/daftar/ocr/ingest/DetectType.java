package org.daftar.ocr.ingest;

import org.daftar.ocr.input.MediaSniffer;
import org.daftar.ocr.input.UnreadableScanException;

/** Step 1: what the file is, from its bytes. */
final class DetectType implements IngestStep {

    private final MediaSniffer sniffer;

    DetectType(MediaSniffer sniffer) {
        this.sniffer = sniffer;
    }

    @Override
    public void run(IngestContext context) {
        try {
            context.kind = sniffer.detect(context.document.file(), context.document.name());
        } catch (UnreadableScanException e) {
            throw new StopIngest(new IngestOutcome.Refused(e.getMessage()));
        }
    }
}
