package org.daftar.ocr.queue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.input.UnreadableScanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's OCR workers: {@code threads} threads, each owning one long-lived engine, each claiming one job
 * at a time from the shared queue. Other processes may run their own workers on the same database.
 *
 * <p>Poison cannot stop the queue: a job that fails (a refusal, an exception, or an {@link Error} such as
 * {@link OutOfMemoryError} or {@link StackOverflowError}) is recorded on the job with its reason — its attempt was
 * already counted when it was claimed, so it goes to dead after its attempts are used up — and a worker thread
 * that dies, for whatever reason, is replaced by a new one with a new engine.
 */
public final class OcrWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OcrWorkers.class);

    /** A thread that dies sooner than this after starting is replaced only after a pause, so it cannot spin. */
    private static final long QUICK_DEATH_NANOS = 1_000_000_000L;

    private final OcrJobs jobs;
    private final DocumentOcr documentOcr;
    private final EngineSettings engineSettings;
    private final WorkerSettings settings;
    private final DocumentOcr.PageListener listener;
    private final String processId = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Object wakeUp = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger ready = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger replaced = new AtomicInteger();
    private volatile boolean running;

    public OcrWorkers(OcrJobs jobs, DocumentOcr documentOcr, EngineSettings engineSettings, WorkerSettings settings,
                      DocumentOcr.PageListener listener) {
        this.jobs = jobs;
        this.documentOcr = documentOcr;
        this.engineSettings = engineSettings;
        this.settings = settings;
        this.listener = listener;
    }

    /**
     * How this process's workers are doing, for the health check.
     *
     * @param configured worker threads this process is meant to run
     * @param alive      threads that are up with their engine and taking jobs (a thread that keeps dying before it
     *                   gets there is not counted)
     * @param busy       threads holding a job now
     * @param replaced   threads started in place of ones that died, since the start
     * @param running    whether the workers are started (and not stopped)
     */
    public record Status(int configured, int alive, int busy, int replaced, boolean running) {
    }

    /** Starts the worker threads. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < settings.threads(); i++) {
            threads.add(startWorker(i, 0, false));
        }
        log.info("Started {} OCR worker(s) ({})", settings.threads(), processId);
    }

    /** The workers' state now: how many threads are alive and how many hold a job. */
    public synchronized Status status() {
        return new Status(settings.threads(), ready.get(), busy.get(), replaced.get(), running);
    }

    /** Wakes idle workers now instead of at their next poll (after queuing work in this process). */
    public void wakeUp() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    private Thread startWorker(int slot, int generation, boolean pause) {
        // Each generation gets its own name, so a job taken over by the replacement is seen to change hands.
        String name = processId + "#" + slot + (generation == 0 ? "" : "." + generation);
        Thread thread = Thread.ofPlatform().name("ocr-worker-" + slot + (generation == 0 ? "" : "." + generation))
                .daemon(true).unstarted(() -> work(slot, generation, name, pause));
        thread.start();
        return thread;
    }

    private void work(int slot, int generation, String worker, boolean pause) {
        long started = System.nanoTime();
        if (pause) {
            LockSupport.parkNanos(settings.idlePoll().toNanos());
        }
        boolean up = false;
        try (OcrEngine engine = new OcrEngine(engineSettings)) {
            ready.incrementAndGet();
            up = true;
            while (running) {
                Optional<OcrJob> claimed = claim(worker);
                if (claimed.isEmpty()) {
                    idle();
                    continue;
                }
                runOne(claimed.get(), worker, engine);
            }
        } catch (Throwable e) {
            log.error("OCR worker {} died; starting a new one in its place", worker, e);
        } finally {
            if (up) {
                ready.decrementAndGet();
            }
            replaceIfRunning(slot, generation, System.nanoTime() - started < QUICK_DEATH_NANOS);
        }
    }

    private synchronized void replaceIfRunning(int slot, int generation, boolean diedQuickly) {
        if (!running || slot >= threads.size()) {
            return;
        }
        replaced.incrementAndGet();
        threads.set(slot, startWorker(slot, generation + 1, diedQuickly));
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
        busy.incrementAndGet();
        try {
            DocumentOcr.Outcome outcome = documentOcr.run(job, worker, settings.lease(), engine, listener,
                    () -> running);
            switch (outcome) {
                case STOPPED -> jobs.release(job.id(), worker);
                case LOST_LEASE -> log.warn("OCR job {} was taken over by another worker; leaving it", job.id());
                case TRASHED -> jobs.fail(job.id(), worker, "The scan was deleted (moved to the trash) while it was"
                        + " being read; OCR stopped. Restore it and queue it again to read it.", true, settings.retryBase());
                case PUBLISHED -> { }
            }
        } catch (UnreadableScanException e) {
            log.info("OCR job {} (scan {}) refused: {}", job.id(), job.nodeId(), e.getMessage());
            jobs.fail(job.id(), worker, e.getMessage(), true, settings.retryBase());
        } catch (RuntimeException e) {
            log.warn("OCR job {} (scan {}) failed on attempt {}: {}", job.id(), job.nodeId(), job.attempts(), e.toString());
            jobs.fail(job.id(), worker, e.toString(), false, settings.retryBase());
        } catch (Error e) {
            // The worker is not trusted to go on (its engine may be half-way through a page): the failure is
            // recorded while the job is still this worker's, and the thread ends so a fresh one replaces it.
            failAfterError(job, worker, e);
            throw e;
        } finally {
            busy.decrementAndGet();
        }
    }

    private void failAfterError(OcrJob job, String worker, Error e) {
        String reason = "The worker reading this scan stopped on attempt " + job.attempts() + " of " + job.maxAttempts()
                + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        try {
            jobs.fail(job.id(), worker, reason, false, settings.retryBase());
        } catch (Throwable ignored) {
            // Not even that: the lease runs out and the next claim counts the attempt, as after a crash.
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
    public void close() {
        List<Thread> stopping;
        synchronized (this) {
            running = false;
            stopping = List.copyOf(threads);
        }
        wakeUp();
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        synchronized (this) {
            threads.clear();
        }
    }
}
