package org.daftar.ocr.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.input.ScanPages;
import org.daftar.ocr.input.ScanReader;
import org.daftar.ocr.pdf.SearchablePdf;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.version.VersionLabel;

/**
 * Runs one claimed job: reads the scan as first stored (version 1.0), skips pages already persisted, reads and
 * persists the rest one by one (renewing the lease each time), then writes the searchable PDF and publishes it.
 */
public final class DocumentOcr {

    /** Called after each page is persisted; the tests use it to stop a worker mid-document. */
    public interface PageListener {
        PageListener NONE = (job, page) -> { };

        void pageDone(OcrJob job, int page);
    }

    private final NodeStore nodes;
    private final ScanReader reader;
    private final PageWork pageWork;
    private final OcrJobs jobs;
    private final ScanPublisher publisher;
    private final SearchablePdf searchablePdf = new SearchablePdf();

    public DocumentOcr(NodeStore nodes, ScanReader reader, PageWork pageWork, OcrJobs jobs, ScanPublisher publisher) {
        this.nodes = nodes;
        this.reader = reader;
        this.pageWork = pageWork;
        this.jobs = jobs;
        this.publisher = publisher;
    }

    /** Outcome of running a job. */
    public enum Outcome { PUBLISHED, LOST_LEASE, STOPPED }

    /**
     * Runs the job; {@code keepGoing} is checked before each page so a stopping process leaves between pages.
     */
    public Outcome run(OcrJob job, String worker, java.time.Duration lease, OcrEngine engine, PageListener listener,
                       java.util.function.BooleanSupplier keepGoing) {
        Node scan = nodes.get(job.nodeId());
        Path original = nodes.contentPath(nodes.version(job.nodeId(), VersionLabel.FIRST.toString()).content());
        try (ScanPages pages = reader.open(original, scan.name())) {
            Set<Integer> done = new HashSet<>(jobs.donePages(job.id()));
            for (int page = 1; page <= pages.count(); page++) {
                if (done.contains(page)) {
                    continue;
                }
                if (!keepGoing.getAsBoolean()) {
                    return Outcome.STOPPED;
                }
                PageResult result = pageWork.read(pages, page, job.mode(), job.languages(), engine);
                jobs.savePage(job.id(), result);
                if (!jobs.renew(job.id(), worker, lease)) {
                    return Outcome.LOST_LEASE;
                }
                listener.pageDone(job, page);
            }
            List<PageResult> results = jobs.pages(job.id());
            Path pdf = Files.createTempFile("daftar-searchable", ".pdf");
            try {
                searchablePdf.write(pages, original, results, pdf);
                return publisher.publish(job, worker, results, pdf) ? Outcome.PUBLISHED : Outcome.LOST_LEASE;
            } finally {
                Files.deleteIfExists(pdf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
