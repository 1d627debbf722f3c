package org.daftar.ocr.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.ingest.IncomingDocument;
import org.daftar.ocr.ingest.IngestOutcome;
import org.daftar.ocr.testing.DigitizationFixture;
import org.daftar.ocr.testing.PoisonScans;
import org.daftar.ocr.testing.PoisonScans.Poison;
import org.daftar.ocr.testing.TestScans;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poison corpus through the real pipeline (PDFBox, Tesseract, embedded PostgreSQL): every file is refused at
 * upload with its reason; handed to the worker unchecked (as a scan queued by another route or before the budget
 * was lowered would be), each fails its job with the same reason; the one worker survives them all and reads the
 * good scan queued after them. The process's peak resident memory is printed and must stay under its heap limit.
 */
@ExtendWith(EmbeddedDatabase.class)
class PoisonCorpusTest {

    /** A desk user's allowance: a 10,000-page scan is an administrator's record-room import, not a desk upload. */
    private static final int DESK_PAGES = 2_000;

    static DigitizationFixture fixture;
    static UUID folder;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp(DataSource dataSource) {
        fixture = new DigitizationFixture(dataSource);
        folder = fixture.newFolder("desk");
    }

    @Test
    void everyPoisonIsRefusedWithItsReasonAndTheWorkerSurvivesThemAllToReadTheNextGoodScan() throws IOException {
        Map<Poison, String> corpus = new LinkedHashMap<>();
        List<Poison> poisons = PoisonScans.all(dir);
        List<String> reasons = List.of("MB of drawing instructions", "nested too deeply", "nested more than 64 levels",
                "refers to itself", "megapixels", "truncated", "encrypted");
        for (int i = 0; i < poisons.size(); i++) {
            corpus.put(poisons.get(i), reasons.get(i));
        }
        Poison blank = new Poison("10,000 blank pages", PoisonScans.blankPages(dir, 10_000));
        Digitization digitization = fixture.digitization(1, Duration.ofMinutes(1), DocumentOcr.PageListener.NONE,
                actor -> actor.equals("desk") ? DESK_PAGES : Integer.MAX_VALUE);

        // At upload: refused, each with its reason, nothing stored.
        Map<Poison, String> refusals = new LinkedHashMap<>(corpus);
        refusals.put(blank, "more pages than the " + DESK_PAGES + " allowed");
        refusals.forEach((poison, reason) -> {
            IngestOutcome outcome = digitization.ingestion().ingest(incoming(poison.file(), "desk"));
            System.out.printf("upload of %s (%d bytes): %s%n", poison.what(), size(poison.file()), outcome);
            assertThat(outcome).as(poison.what()).isInstanceOf(IngestOutcome.Refused.class);
            assertThat(((IngestOutcome.Refused) outcome).reason()).as(poison.what()).contains(reason);
        });

        // In the worker: each job fails with its reason; the worker lives on and reads the good scan after them.
        Map<Poison, Long> jobs = new LinkedHashMap<>();
        corpus.keySet().forEach(poison -> jobs.put(poison, queueUnchecked(digitization, poison.file())));
        Path good = TestScans.png(dir.resolve("good.png"), TestScans.page(List.of("The good scan 4242"), 0, 0));
        var stored = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(good, "desk"));
        digitization.workers().start();
        try {
            DigitizationFixture.await("the good scan queued after the poison is read", Duration.ofMinutes(3),
                    () -> digitization.jobs().get(stored.jobId()).state().equals("done"));
            // The same worker throughout: none of the poison killed it (no replacement was needed).
            assertThat(digitization.workers().status()).extracting(OcrWorkers.Status::alive, OcrWorkers.Status::replaced)
                    .containsExactly(1, 0);
        } finally {
            digitization.workers().close();
        }
        jobs.forEach((poison, jobId) -> {
            OcrJob job = digitization.jobs().get(jobId);
            System.out.printf("job of %s: %s after %d attempt(s): %s%n", poison.what(), job.state(), job.attempts(),
                    job.lastError());
            assertThat(job.state()).as(poison.what()).isEqualTo("dead");
            assertThat(job.attempts()).as(poison.what()).isEqualTo(1);
            assertThat(job.lastError()).as(poison.what()).contains(corpus.get(poison));
        });
        assertThat(fixture.repository.pageTexts().of(stored.nodeId())).singleElement()
                .satisfies(page -> assertThat(page.text()).contains("4242"));

        long peakKb = peakResidentKilobytes();
        long heapKb = Runtime.getRuntime().maxMemory() / 1024;
        System.out.printf("peak RSS (VmHWM) %d MB; heap limit (-Xmx) %d MB%n", peakKb / 1024, heapKb / 1024);
        assertThat(peakKb).isLessThan(heapKb);
    }

    /** Stores the file as a scan and queues it without any of the upload's checks. */
    private static long queueUnchecked(Digitization digitization, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            UUID node = fixture.repository.nodes().createDocument(new NewNode(folder,
                    "unchecked-" + file.getFileName(), "eo:scan", Set.of(), Map.of()),
                    new NewContent(in, "application/pdf"), "test").id();
            return digitization.jobs().enqueue(node, "eng", OcrMode.SKIP, 1, 3);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long peakResidentKilobytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElseThrow();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IncomingDocument incoming(Path file, String actor) {
        return new IncomingDocument(IncomingDocument.Source.UPLOAD, file, file.getFileName().toString(), folder, null,
                "eng", OcrMode.SKIP, actor);
    }
}
