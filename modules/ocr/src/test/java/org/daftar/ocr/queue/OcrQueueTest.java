package org.daftar.ocr.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.ingest.IncomingDocument;
import org.daftar.ocr.ingest.IngestOutcome;
import org.daftar.ocr.testing.DigitizationFixture;
import org.daftar.ocr.testing.TestScans;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.daftar.repository.version.Version;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The queue's promises: skip-locked claims, retries with backoff into dead, and resuming a crashed worker's job. */
@ExtendWith(EmbeddedDatabase.class)
class OcrQueueTest {

    static DigitizationFixture fixture;
    static UUID folder;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp(DataSource dataSource) {
        fixture = new DigitizationFixture(dataSource);
        folder = fixture.newFolder();
    }

    /** Stands for the worker thread being killed: an Error it does not handle. */
    static final class SimulatedKill extends Error {
        SimulatedKill() {
            super("killed mid-document");
        }
    }

    @Test
    void aWorkerKilledMidDocumentIsReplacedAndItsJobResumedAndPublishedOnceWithNoPageReadTwice() throws IOException {
        Path scan = TestScans.imagePdf(dir.resolve("three-pages.pdf"), List.of(
                TestScans.page(List.of("First page of the file 101"), 0, 0),
                TestScans.page(List.of("Second page of the file 202"), 0, 0),
                TestScans.page(List.of("Third page of the file 303"), 0, 0)));
        Map<Integer, Integer> read = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> readers = new java.util.concurrent.CopyOnWriteArrayList<>();
        Digitization digitization = fixture.digitization(1, Duration.ofMinutes(1), (job, page) -> {
            read.merge(page, 1, Integer::sum);
            readers.add(job.worker());
            if (page == 2 && job.attempts() == 1) {
                throw new SimulatedKill();
            }
        });
        var stored = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(scan, "eng"));
        digitization.workers().start();
        try {
            DigitizationFixture.await("the replacement worker has finished the job", Duration.ofSeconds(90),
                    () -> digitization.jobs().get(stored.jobId()).state().equals("done"));
            assertThat(digitization.workers().status().alive()).isEqualTo(1);
            assertThat(digitization.workers().status().replaced()).isEqualTo(1);
        } finally {
            digitization.workers().close();
        }

        OcrJob done = digitization.jobs().get(stored.jobId());
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(read).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1, 2, 1, 3, 1));
        assertThat(readers.getFirst()).isNotEqualTo(readers.getLast()).isNotEqualTo(done.worker()).isNotNull();
        assertThat(pageTimes(stored.jobId())).hasSize(3);
        assertThat(fixture.repository.nodes().versions(stored.nodeId())).extracting(v -> v.label().toString())
                .containsExactly("1.1", "1.0");
        Version output = fixture.repository.nodes().version(stored.nodeId(), "1.1");
        try (var pdf = Loader.loadPDF(fixture.repository.nodes().contentPath(output.content()).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).containsOnlyOnce("101").containsOnlyOnce("202").containsOnlyOnce("303");
        }
        assertThat(fixture.repository.pageTexts().of(stored.nodeId())).hasSize(3);
    }

    @Test
    void aJobThatKeepsFailingIsRetriedWithBackoffAndEndsDeadWithItsError() {
        Path scan = TestScans.png(dir.resolve("unknown-language.png"), TestScans.page(List.of("Retry me"), 0, 0));
        Digitization digitization = fixture.digitization(1, Duration.ofMinutes(1), DocumentOcr.PageListener.NONE);
        var stored = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(scan, "xyz"));
        digitization.workers().start();
        try {
            DigitizationFixture.await("the job is dead", Duration.ofSeconds(60),
                    () -> digitization.jobs().get(stored.jobId()).state().equals("dead"));
        } finally {
            digitization.workers().close();
        }
        OcrJob dead = digitization.jobs().get(stored.jobId());
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).contains("could not load the languages 'xyz'");
        assertThat(fixture.repository.nodes().get(stored.nodeId()).versionLabel()).isEqualTo("1.0");
    }

    @Test
    void workersClaimingAtTheSameTimeGetDifferentJobsAndNeverTheSameOne() {
        Digitization digitization = fixture.digitization(0, Duration.ofMinutes(1), DocumentOcr.PageListener.NONE);
        OcrJobs jobs = digitization.jobs();
        var a = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(
                TestScans.png(dir.resolve("claim-a.png"), TestScans.page(List.of("claim a"), 0, 0)), "eng"));
        var b = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(
                TestScans.png(dir.resolve("claim-b.png"), TestScans.page(List.of("claim b"), 0, 0)), "eng"));
        // Other tests' jobs may be in the table: claim until ours are both taken.
        var claimed = new java.util.ArrayList<Long>();
        for (int i = 0; i < 20; i++) {
            jobs.claim("worker-" + i, Duration.ofMinutes(1)).ifPresent(job -> claimed.add(job.id()));
        }
        assertThat(claimed).contains(a.jobId(), b.jobId()).doesNotHaveDuplicates();
        assertThat(jobs.claim("late-worker", Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void queuingAScanThatAlreadyHasAnOpenJobReturnsThatJob() {
        Digitization digitization = fixture.digitization(0, Duration.ofMinutes(1), DocumentOcr.PageListener.NONE);
        var stored = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(
                TestScans.png(dir.resolve("twice.png"), TestScans.page(List.of("twice"), 0, 0)), "eng"));
        assertThat(digitization.jobs().enqueue(stored.nodeId(), "eng", OcrMode.FORCE, 1, 3)).isEqualTo(stored.jobId());
    }

    private static Map<Integer, Timestamp> pageTimes(long jobId) {
        var times = new java.util.TreeMap<Integer, Timestamp>();
        fixture.jdbc.sql("SELECT page, done_at FROM ocr_page WHERE job_id = ?").param(jobId)
                .query(rs -> {
                    times.put(rs.getInt("page"), rs.getTimestamp("done_at"));
                });
        return times;
    }

    private static IncomingDocument incoming(Path file, String languages) {
        return new IncomingDocument(IncomingDocument.Source.IMPORT, file, file.getFileName().toString(), folder, null,
                languages, OcrMode.SKIP, "test");
    }
}
