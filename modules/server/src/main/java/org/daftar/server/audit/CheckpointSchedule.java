package org.daftar.server.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.daftar.repository.audit.AuditCheckpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a checkpoint whenever the newest one is older than the interval: looked at on start and then every
 * interval (at most hourly), so a server that was down at the due time catches up as soon as it runs again.
 */
public final class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final AuditCheckpoints checkpoints;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public CheckpointSchedule(AuditCheckpoints checkpoints, Duration interval, Clock clock) {
        this.checkpoints = checkpoints;
        this.interval = interval;
        this.clock = clock;
    }

    void start() {
        if (interval.isZero() || interval.isNegative()) {
            log.info("Scheduled audit checkpoints are off (daftar.audit.checkpoint-interval = {})", interval);
            return;
        }
        long every = Math.min(interval.toSeconds(), Duration.ofHours(1).toSeconds());
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("audit-checkpoint").daemon().factory());
        timer.scheduleWithFixedDelay(this::writeIfDue, 0, Math.max(1, every), TimeUnit.SECONDS);
    }

    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void writeIfDue() {
        try {
            boolean due = checkpoints.latest().map(last -> !last.at().plus(interval).isAfter(clock.instant()))
                    .orElse(true);
            if (due) {
                var written = checkpoints.write();
                log.info("Audit checkpoint {} written: chain position {}, hash {}", written.number(), written.position(),
                        written.hash());
            }
        } catch (RuntimeException e) {
            // A failed checkpoint must not stop the schedule; the next round tries again.
            log.warn("Could not write the audit checkpoint to {}: {}", checkpoints.file(), e.toString());
        }
    }
}
