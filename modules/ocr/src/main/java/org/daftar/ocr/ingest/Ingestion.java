package org.daftar.ocr.ingest;

import java.util.ArrayList;
import java.util.List;
import org.daftar.ocr.input.ScanReader;
import org.daftar.ocr.queue.OcrJobs;
import org.daftar.repository.node.NodeService;

/**
 * Runs the ingestion steps in order for every incoming scan, whichever route it came by. It stores through the
 * {@link NodeService}, so the read and write rules decide for the person the document comes from.
 */
public final class Ingestion {

    private final List<IngestStep> steps;

    public Ingestion(NodeService nodes, ScanReader reader, OcrJobs jobs, Runnable wakeWorkers,
                     int maxAttempts) {
        this(nodes, reader, jobs, wakeWorkers, maxAttempts, PageAllowance.UNLIMITED);
    }

    /** @param allowance the pages a scan may have by who brings it in */
    public Ingestion(NodeService nodes, ScanReader reader, OcrJobs jobs, Runnable wakeWorkers,
                     int maxAttempts, PageAllowance allowance) {
        this.steps = List.of(
                new DetectType(reader.sniffer()),
                new CheckPages(reader, allowance),
                new SkipDuplicate(nodes),
                new StoreScan(nodes),
                new QueueOcr(jobs, wakeWorkers, maxAttempts));
    }

    /** Takes the document in; refusals and duplicates are outcomes, not exceptions. */
    public IngestOutcome ingest(IncomingDocument document) {
        IngestContext context = new IngestContext(document);
        List<IngestStep> started = new ArrayList<>();
        try {
            for (IngestStep step : steps) {
                started.add(step);
                step.run(context);
            }
            return new IngestOutcome.Stored(context.nodeId, context.jobId, context.pageCount, context.contentHash);
        } catch (StopIngest stop) {
            return stop.outcome;
        } finally {
            for (IngestStep step : started.reversed()) {
                step.cleanup(context);
            }
        }
    }
}
