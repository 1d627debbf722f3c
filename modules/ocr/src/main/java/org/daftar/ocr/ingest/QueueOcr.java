package org.daftar.ocr.ingest;

import org.daftar.ocr.queue.OcrJobs;

/** Step 5: queues the stored scan for OCR and wakes this process's workers. */
final class QueueOcr implements IngestStep {

    private final OcrJobs jobs;
    private final Runnable wakeWorkers;
    private final int maxAttempts;

    QueueOcr(OcrJobs jobs, Runnable wakeWorkers, int maxAttempts) {
        this.jobs = jobs;
        this.wakeWorkers = wakeWorkers;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void run(IngestContext context) {
        IncomingDocument document = context.document;
        context.jobId = jobs.enqueue(context.nodeId, document.languages(), document.mode(), context.pageCount, maxAttempts);
        wakeWorkers.run();
    }
}
