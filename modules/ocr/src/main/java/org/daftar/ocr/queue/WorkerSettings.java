package org.daftar.ocr.queue;

import java.time.Duration;

/**
 * How OCR workers run.
 *
 * @param threads     worker threads in this process, each with its own engine (default: one per core)
 * @param lease       how long a claimed job stays a worker's without a sign of life; a job whose worker died is
 *                    taken over when it runs out
 * @param idlePoll    how often an idle worker looks for work queued by other processes
 * @param retryBase   the first retry's delay; each further retry waits twice as long
 * @param maxAttempts attempts before a job goes to dead
 */
public record WorkerSettings(int threads, Duration lease, Duration idlePoll, Duration retryBase, int maxAttempts) {

    public WorkerSettings {
        if (threads < 0 || maxAttempts < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("threads >= 0, maxAttempts >= 1 and a positive lease are required");
        }
    }

    public static WorkerSettings defaults() {
        return new WorkerSettings(Runtime.getRuntime().availableProcessors(), Duration.ofMinutes(2),
                Duration.ofSeconds(2), Duration.ofSeconds(30), 3);
    }
}
