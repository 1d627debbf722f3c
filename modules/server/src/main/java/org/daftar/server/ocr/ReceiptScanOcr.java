package org.daftar.server.ocr;

import java.util.UUID;
import org.daftar.eoffice.receipt.Receipt;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.input.ScanPages;
import org.daftar.ocr.input.UnreadableScanException;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The scanned letter of an electronic receipt goes to the OCR queue as soon as it is diarised, so its text is
 * searchable in Hindi and English like any record-room scan; and the number of pages it will take in a file.
 */
@Component
public class ReceiptScanOcr {

    private static final Logger log = LoggerFactory.getLogger(ReceiptScanOcr.class);

    private final Digitization digitization;
    private final NodeStore nodes;
    private final OcrDefaults defaults;
    private final int maxAttempts;

    ReceiptScanOcr(Digitization digitization, NodeStore nodes, OcrDefaults defaults, OcrProperties properties) {
        this.digitization = digitization;
        this.nodes = nodes;
        this.defaults = defaults;
        this.maxAttempts = properties.maxAttempts();
    }

    /** Queues an electronic receipt's scan with the default languages and mode; a scan that cannot be read is left as it is. */
    public void queue(Receipt receipt) {
        Node node = receipt.node();
        if (node.content() == null || node.content().size() == 0) {
            return;
        }
        int pages = pages(node);
        if (pages == 0) {
            return;
        }
        digitization.jobs().enqueue(node.id(), defaults.languages(), defaults.mode(), pages, maxAttempts);
        digitization.workers().wakeUp();
    }

    /** The pages of a receipt's scan; 1 for a physical receipt or a scan that cannot be read. */
    public int pageCount(UUID receiptId) {
        return Math.max(1, pages(nodes.get(receiptId)));
    }

    private int pages(Node node) {
        if (node.content() == null || node.content().size() == 0) {
            return 0;
        }
        try (ScanPages pages = digitization.reader().open(nodes.contentPath(node.content()), node.name())) {
            return pages.count();
        } catch (UnreadableScanException e) {
            log.info("Receipt {} has a scan that cannot be read for OCR: {}", node.id(), e.getMessage());
            return 0;
        }
    }
}
