package org.daftar.server.web;

import java.util.Optional;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.queue.OcrJob;
import org.daftar.repository.node.Node;
import org.springframework.stereotype.Component;

/** What the document page says about a scan's OCR: its newest job's state and progress, language and confidence. */
@Component
public class OcrStatusView {

    private final Digitization digitization;

    public OcrStatusView(Digitization digitization) {
        this.digitization = digitization;
    }

    /**
     * A scan's OCR as shown.
     *
     * @param job            the newest job; {@code null} when the scan was never queued
     * @param meanConfidence Tesseract's mean word confidence over the pages read (0–100); {@code null} before any
     */
    public record Status(OcrJob job, Double meanConfidence) {
    }

    /** Empty for nodes that are not scans. */
    public Optional<Status> of(Node node) {
        if (!node.type().equals("eo:scan")) {
            return Optional.empty();
        }
        OcrJob job = digitization.jobs().latestFor(node.id()).orElse(null);
        return Optional.of(new Status(job, job == null ? null
                : digitization.jobs().meanConfidence(job.id()).orElse(null)));
    }
}
