package org.daftar.ocr.queue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeChange;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.text.PageText;
import org.daftar.repository.text.PageTexts;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a finished job in one transaction: the searchable PDF as the scan's next version (the scanned bytes
 * stay as version 1.0), the per-page text, the {@code eo:ocr} aspect, and the job marked done. The job row is
 * locked first and must still be this worker's, so a job taken over after a crash is published exactly once.
 */
public final class ScanPublisher {

    static final String ACTOR = "system:ocr";

    private final NodeStore nodes;
    private final PageTexts pageTexts;
    private final OcrJobs jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ScanPublisher(NodeStore nodes, PageTexts pageTexts, OcrJobs jobs, PlatformTransactionManager transactions,
                         Clock clock) {
        this.nodes = nodes;
        this.pageTexts = pageTexts;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Publishes; false when the job is no longer {@code worker}'s (nothing is written then). */
    public boolean publish(OcrJob job, String worker, List<PageResult> pages, Path pdf) {
        Boolean published = transaction.execute(status -> {
            if (!jobs.lockIfHeld(job.id(), worker)) {
                return false;
            }
            Node updated;
            try (InputStream in = Files.newInputStream(pdf)) {
                updated = nodes.newVersion(job.nodeId(), new NewContent(in, "application/pdf"), false,
                        "Searchable PDF (OCR " + job.languages() + ", mode " + job.mode().code() + ")", Map.of(), ACTOR);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pageTexts.replace(job.nodeId(), updated.versionLabel(), pages.stream()
                    .map(p -> new PageText(p.page(), p.source(), p.language(), p.confidence(), p.text())).toList());
            nodes.update(job.nodeId(), new NodeChange(null, Set.of("eo:ocr"), Set.of(), ocrProperties(job, pages)), ACTOR);
            jobs.markDone(job.id(), updated.versionLabel());
            return true;
        });
        return Boolean.TRUE.equals(published);
    }

    private Map<String, Object> ocrProperties(OcrJob job, List<PageResult> pages) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("eo:ocrLanguages", job.languages());
        properties.put("eo:ocrEngine", "Tesseract " + OcrEngine.tesseractVersion());
        double mean = pages.stream().filter(p -> p.confidence() != null).mapToDouble(PageResult::confidence)
                .average().orElse(Double.NaN);
        properties.put("eo:ocrConfidence", Double.isNaN(mean) ? null : Math.round(mean * 10) / 10.0);
        properties.put("eo:ocrProcessedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        return properties;
    }
}
