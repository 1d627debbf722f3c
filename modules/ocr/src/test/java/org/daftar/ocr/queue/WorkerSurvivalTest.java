package org.daftar.ocr.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.ingest.IncomingDocument;
import org.daftar.ocr.ingest.IngestOutcome;
import org.daftar.ocr.testing.DigitizationFixture;
import org.daftar.ocr.testing.TestScans;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Workers that die are replaced, jobs that kill them end dead, and a deleted scan stops being read. */
@ExtendWith(EmbeddedDatabase.class)
class WorkerSurvivalTest {

    static DigitizationFixture fixture;
    static UUID folder;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp(DataSource dataSource) {
        fixture = new DigitizationFixture(dataSource);
        folder = fixture.newFolder();
    }

    @Test
    void aWorkerKilledByAnErrorIsReplacedAndTheJobThatKillsItEndsDeadAfterThreeAttemptsWithItsReason() {
        Path poison = TestScans.png(dir.resolve("kills-the-worker.png"), TestScans.page(List.of("Poison"), 0, 0));
        Path good = TestScans.png(dir.resolve("after-the-poison.png"), TestScans.page(List.of("Read me 5151"), 0, 0));
        AtomicInteger kills = new AtomicInteger();
        Digitization digitization = fixture.digitization(1, Duration.ofMinutes(1), new DocumentOcr.PageListener() {
            @Override
            public void pageDone(OcrJob job, int page) {
            }

            @Override
            public void pageStarting(OcrJob job, int page) {
                if (fixture.repository.nodes().get(job.nodeId()).name().startsWith("kills-the-worker")) {
                    kills.incrementAndGet();
                    throw new OutOfMemoryError("Java heap space (simulated)");
                }
            }
        });
        var poisoned = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(poison));
        var next = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(good));
        digitization.workers().start();
        try {
            DigitizationFixture.await("the good scan after the poison is read", Duration.ofSeconds(90),
                    () -> digitization.jobs().get(next.jobId()).state().equals("done")
                            && digitization.jobs().get(poisoned.jobId()).state().equals("dead"));
            DigitizationFixture.await("the third dead worker is replaced by a live one", Duration.ofSeconds(30), () -> {
                OcrWorkers.Status status = digitization.workers().status();
                return status.replaced() == 3 && status.alive() == 1;
            });
        } finally {
            digitization.workers().close();
        }
        OcrJob dead = digitization.jobs().get(poisoned.jobId());
        assertThat(kills).hasValue(3);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).contains("attempt 3 of 3").contains("OutOfMemoryError: Java heap space");
        assertThat(fixture.repository.pageTexts().of(next.nodeId())).singleElement()
                .satisfies(page -> assertThat(page.text()).contains("5151"));
    }

    @Test
    void aJobWhoseWorkerProcessKeptCrashingIsCountedAtEachClaimAndEndsDeadInsteadOfBeingRetriedForever() {
        Digitization digitization = fixture.digitization(0, Duration.ofMinutes(1), DocumentOcr.PageListener.NONE);
        var stored = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(
                TestScans.png(dir.resolve("crashes-the-jvm.png"), TestScans.page(List.of("Crash"), 0, 0))));
        OcrJobs jobs = digitization.jobs();
        // Each claim stands for a process that took the job and was killed (kill -9, no chance to record anything):
        // its lease is left to run out, and the attempt was already counted when it claimed.
        for (int crash = 1; crash <= 3; crash++) {
            String worker = "crashed-process-" + crash;
            DigitizationFixture.await("the job can be claimed again", Duration.ofSeconds(10),
                    () -> claimOurs(jobs, worker, stored.jobId()));
            assertThat(jobs.get(stored.jobId()).attempts()).isEqualTo(crash);
        }
        DigitizationFixture.await("the exhausted job is buried", Duration.ofSeconds(10), () -> {
            jobs.buryExhausted();
            return jobs.get(stored.jobId()).state().equals("dead");
        });
        assertThat(jobs.get(stored.jobId()).lastError()).contains("worker stopped 3 times on this job");
        assertThat(jobs.claim("fourth-process", Duration.ofMillis(1)).map(OcrJob::id)).isNotEqualTo(
                java.util.Optional.of(stored.jobId()));
    }

    @Test
    void aScanDeletedWhileBeingReadStopsAtTheNextPageAndItsJobSaysWhy() {
        Path scan = TestScans.imagePdf(dir.resolve("deleted-mid-way.pdf"), List.of(
                TestScans.page(List.of("Page one 111"), 0, 0), TestScans.page(List.of("Page two 222"), 0, 0),
                TestScans.page(List.of("Page three 333"), 0, 0), TestScans.page(List.of("Page four 444"), 0, 0)));
        Map<Integer, Integer> read = new ConcurrentHashMap<>();
        List<UUID> deleted = new ArrayList<>();
        Digitization digitization = fixture.digitization(1, Duration.ofMinutes(1), (job, page) -> {
            read.merge(page, 1, Integer::sum);
            if (page == 1) {
                fixture.repository.nodes().delete(job.nodeId(), "someone");
                deleted.add(job.nodeId());
            }
        });
        var stored = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(scan));
        digitization.workers().start();
        try {
            DigitizationFixture.await("the job of the deleted scan has ended", Duration.ofSeconds(60),
                    () -> digitization.jobs().get(stored.jobId()).state().equals("dead"));
        } finally {
            digitization.workers().close();
        }
        OcrJob job = digitization.jobs().get(stored.jobId());
        assertThat(deleted).containsExactly(stored.nodeId());
        assertThat(read).containsOnlyKeys(1);
        assertThat(job.pagesDone()).isEqualTo(1);
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(job.lastError()).contains("deleted (moved to the trash)");
        fixture.repository.nodes().restore(stored.nodeId(), "someone");
        assertThat(fixture.repository.nodes().versions(stored.nodeId())).hasSize(1);
    }

    private static boolean claimOurs(OcrJobs jobs, String worker, long jobId) {
        return jobs.claim(worker, Duration.ofMillis(1)).map(OcrJob::id).filter(id -> id == jobId).isPresent();
    }

    private static IncomingDocument incoming(Path file) {
        return new IncomingDocument(IncomingDocument.Source.UPLOAD, file, file.getFileName().toString(), folder, null,
                "eng", OcrMode.SKIP, "test");
    }
}
