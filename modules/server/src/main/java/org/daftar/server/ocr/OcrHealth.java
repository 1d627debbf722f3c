package org.daftar.server.ocr;

import java.time.Duration;
import java.util.Optional;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.queue.OcrWorkers;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The OCR queue's part of {@code /actuator/health}: DOWN when this process should run OCR workers and none is
 * alive, or when a job that could run has waited longer than {@code daftar.ocr.budget.stuck-after} while the
 * workers sit idle (the queue is stuck). A process with no workers of its own ({@code daftar.ocr.workers=0})
 * reports the queue's wait as a detail only: other processes read.
 */
final class OcrHealth implements HealthIndicator {

    private final Digitization digitization;
    private final Duration stuckAfter;

    OcrHealth(Digitization digitization, Duration stuckAfter) {
        this.digitization = digitization;
        this.stuckAfter = stuckAfter;
    }

    @Override
    public Health health() {
        OcrWorkers.Status workers = digitization.workers().status();
        Optional<Duration> waiting = digitization.jobs().oldestRunnableWait();
        Health.Builder health = Health.up()
                .withDetail("workers", workers.configured())
                .withDetail("alive", workers.alive())
                .withDetail("busy", workers.busy())
                .withDetail("replaced", workers.replaced())
                .withDetail("oldestWaitingSeconds", waiting.map(Duration::toSeconds).orElse(0L));
        if (workers.configured() == 0) {
            return health.build();
        }
        if (workers.alive() == 0) {
            return health.down().withDetail("reason", "no OCR worker is alive; scans stay queued").build();
        }
        if (waiting.isPresent() && waiting.get().compareTo(stuckAfter) > 0 && workers.busy() == 0) {
            return health.down().withDetail("reason", "the OCR queue is stuck: a job has waited "
                    + waiting.get().toSeconds() + " s while the workers are idle").build();
        }
        return health.build();
    }
}
