package org.daftar.ocr.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.engine.OcrTimeoutException;
import org.daftar.ocr.input.OverBudgetException;
import org.daftar.ocr.input.ScanPages;
import org.daftar.ocr.input.ScanReader;
import org.daftar.ocr.pdf.SearchablePdf;
import org.daftar.repository.NodeNotFoundException;
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

        /** Called before a page is read (the tests use it to kill a worker before any page is persisted). */
        default void pageStarting(OcrJob job, int page) {
        }
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
    public enum Outcome { PUBLISHED, LOST_LEASE, STOPPED, TRASHED }

    /**
     * Runs the job; {@code keepGoing} is checked before each page so a stopping process leaves between pages, and
     * so is the scan itself: a scan deleted to the trash stops being read at the next page ({@link Outcome#TRASHED}).
     *
     * @throws org.daftar.ocr.input.OverBudgetException when a page takes longer than the budget allows
     */
    public Outcome run(OcrJob job, String worker, java.time.Duration lease, OcrEngine engine, PageListener listener,
                       java.util.function.BooleanSupplier keepGoing) {
        Optional<Node> live = live(job.nodeId());
        if (live.isEmpty()) {
            return Outcome.TRASHED;
        }
        Node scan = live.get();
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
                if (page > 1 && live(job.nodeId()).isEmpty()) {
                    return Outcome.TRASHED;
                }
                listener.pageStarting(job, page);
                PageResult result = read(pages, page, job, engine, scan.name());
                jobs.savePage(job.id(), result);
                if (!jobs.renew(job.id(), worker, lease)) {
                    return Outcome.LOST_LEASE;
                }
                listener.pageDone(job, page);
            }
            if (live(job.nodeId()).isEmpty()) {
                return Outcome.TRASHED;
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

    private Optional<Node> live(java.util.UUID nodeId) {
        try {
            return Optional.of(nodes.get(nodeId));
        } catch (NodeNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads one page within the page's time budget: drawing stops at it (operator hook), Tesseract stops at it (its
     * deadline monitor), and a page over it for any other reason fails the job once read.
     */
    private PageResult read(ScanPages pages, int page, OcrJob job, OcrEngine engine, String name) {
        java.time.Duration budget = reader.limits().pageTime();
        PageResult result;
        try {
            result = pageWork.read(pages, page, job.mode(), job.languages(), engine, budget);
        } catch (OcrTimeoutException e) {
            throw overTime(name, page, budget, e);
        }
        if (result.millis() > budget.toMillis()) {
            throw overTime(name, page, budget, null);
        }
        return result;
    }

    private static OverBudgetException overTime(String name, int page, java.time.Duration budget, Exception cause) {
        return new OverBudgetException("'" + name + "' page " + page + " took longer than " + budget.toSeconds()
                + " s to read, the most one page may take; scan it again at 300 dpi or split the document", cause);
    }
}
