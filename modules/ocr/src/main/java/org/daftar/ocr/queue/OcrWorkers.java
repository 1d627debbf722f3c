package org.daftar.ocr.queue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.input.UnreadableScanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's OCR workers: {@code threads} threads, each owning one long-lived engine, each claiming one job
 * at a time from the shared queue. Other processes may run their own workers on the same database.
 */
public final class OcrWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OcrWorkers.class);

    private final OcrJobs jobs;
    private final DocumentOcr documentOcr;
    private final EngineSettings engineSettings;
    private final WorkerSettings settings;
    private final DocumentOcr.PageListener listener;
    private final String processId = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Object wakeUp = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public OcrWorkers(OcrJobs jobs, DocumentOcr documentOcr, EngineSettings engineSettings, WorkerSettings settings,
                      DocumentOcr.PageListener listener) {
        this.jobs = jobs;
        this.documentOcr = documentOcr;
        this.engineSettings = engineSettings;
        this.settings = settings;
        this.listener = listener;
    }

    /** Starts the worker threads. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < settings.threads(); i++) {
            String name = processId + "#" + i;
            Thread thread = Thread.ofPlatform().name("ocr-worker-" + i).daemon(true).unstarted(() -> work(name));
            threads.add(thread);
            thread.start();
        }
        log.info("Started {} OCR worker(s) ({})", settings.threads(), processId);
    }

    /** Wakes idle workers now instead of at their next poll (after queuing work in this process). */
    public void wakeUp() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    private void work(String worker) {
        try (OcrEngine engine = new OcrEngine(engineSettings)) {
            while (running) {
                Optional<OcrJob> claimed = claim(worker);
                if (claimed.isEmpty()) {
                    idle();
                    continue;
                }
                runOne(claimed.get(), worker, engine);
            }
        } catch (RuntimeException e) {
            log.error("OCR worker {} stopped", worker, e);
        }
    }

    private Optional<OcrJob> claim(String worker) {
        try {
            jobs.buryExhausted();
            return jobs.claim(worker, settings.lease());
        } catch (RuntimeException e) {
            log.warn("Could not claim an OCR job: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void runOne(OcrJob job, String worker, OcrEngine engine) {
        try {
            DocumentOcr.Outcome outcome = documentOcr.run(job, worker, settings.lease(), engine, listener,
                    () -> running);
            if (outcome == DocumentOcr.Outcome.STOPPED) {
                jobs.release(job.id(), worker);
            } else if (outcome == DocumentOcr.Outcome.LOST_LEASE) {
                log.warn("OCR job {} was taken over by another worker; leaving it", job.id());
            }
        } catch (UnreadableScanException e) {
            jobs.fail(job.id(), worker, e.getMessage(), true, settings.retryBase());
        } catch (RuntimeException e) {
            log.warn("OCR job {} (scan {}) failed on attempt {}: {}", job.id(), job.nodeId(), job.attempts(), e.toString());
            jobs.fail(job.id(), worker, e.toString(), false, settings.retryBase());
        }
    }

    private void idle() {
        synchronized (wakeUp) {
            try {
                wakeUp.wait(settings.idlePoll().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** Stops taking jobs; jobs in hand stop after their current page and go back to the queue. */
    @Override
    public synchronized void close() {
        running = false;
        wakeUp();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }
}
