package org.daftar.ocr.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.ingest.IncomingDocument;
import org.daftar.ocr.ingest.IngestOutcome;
import org.daftar.ocr.testing.DigitizationFixture;
import org.daftar.ocr.testing.TestScans;
import org.daftar.repository.node.Node;
import org.daftar.repository.text.PageText;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scans of every kind through the queue and one worker into a searchable PDF, checked with PDFBox's text extraction. */
@ExtendWith(EmbeddedDatabase.class)
class SearchablePdfPipelineTest {

    static final List<String> ENGLISH = List.of("File No. A-12011/4/2019-Ad.I", "Record room of Collectorate Sehore");
    static final List<String> HINDI = List.of("कार्यालय कलेक्टर जिला रायसेन", "तहसीलदार नामांतरण प्रकरण");

    static DigitizationFixture fixture;
    static Digitization digitization;
    static UUID folder;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start(DataSource dataSource) {
        fixture = new DigitizationFixture(dataSource);
        digitization = fixture.digitization(1, Duration.ofMinutes(1), DocumentOcr.PageListener.NONE);
        digitization.workers().start();
        folder = fixture.newFolder();
    }

    @AfterAll
    static void stop() {
        digitization.workers().close();
    }

    static Stream<Arguments> inputKinds() {
        return Stream.of(
                Arguments.of("png", (Maker) d -> TestScans.png(d.resolve("page.png"), TestScans.page(ENGLISH, 0, 0))),
                Arguments.of("jpeg", (Maker) d -> TestScans.jpegFile(d.resolve("page.jpg"), TestScans.page(ENGLISH, 0, 0))),
                Arguments.of("tiff", (Maker) d -> TestScans.tiff(d.resolve("page.tif"), List.of(TestScans.page(ENGLISH, 0, 0)))),
                Arguments.of("image pdf", (Maker) d -> TestScans.imagePdf(d.resolve("page.pdf"), List.of(TestScans.page(ENGLISH, 0, 0)))));
    }

    interface Maker {
        Path make(Path dir) throws IOException;
    }

    @ParameterizedTest(name = "a {0} scan becomes a searchable PDF with the OCR text as its text layer")
    @MethodSource("inputKinds")
    void eachInputKindBecomesASearchablePdf(String kind, Maker maker) throws IOException {
        Path scan = maker.make(Files.createDirectories(dir.resolve(kind.replace(' ', '-'))));
        UUID id = ingestAndWait(scan, "eng+hin", OcrMode.SKIP);

        Node node = fixture.repository.nodes().get(id);
        assertThat(node.versionLabel()).isEqualTo("1.1");
        assertThat(node.content().mimeType()).isEqualTo("application/pdf");
        var original = fixture.repository.nodes().version(id, "1.0").content();
        assertThat(Files.readAllBytes(fixture.repository.nodes().contentPath(original))).isEqualTo(Files.readAllBytes(scan));

        List<PageText> pages = fixture.repository.pageTexts().of(id);
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(PageText.TextSource.OCR);
            assertThat(p.language()).isEqualTo("eng+hin");
            assertThat(p.text()).contains("A-12011/4/2019").contains("Record room");
        });
        try (PDDocument pdf = output(node)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String layer = new PDFTextStripper().getText(pdf);
            assertThat(words(layer)).containsAll(words(pages.getFirst().text()).subList(0, 5));
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
        assertThat(node.aspects()).contains("eo:ocr");
        assertThat(node.properties()).containsEntry("eo:ocrLanguages", "eng+hin").containsKey("eo:ocrProcessedAt");
        assertThat((String) node.properties().get("eo:ocrEngine")).startsWith("Tesseract 5.");
        assertThat(((Number) node.properties().get("eo:ocrConfidence")).doubleValue()).isBetween(50.0, 100.0);
    }

    @Test
    void aHindiPageRoundTripsAsRealUnicodeThroughTheTextLayer() throws IOException {
        Path scan = TestScans.imagePdf(dir.resolve("hindi.pdf"), List.of(TestScans.page(HINDI, 0.6, 0.01)));
        UUID id = ingestAndWait(scan, "eng+hin", OcrMode.SKIP);
        assertThat(fixture.repository.pageTexts().of(id).getFirst().text()).contains("कार्यालय", "रायसेन", "तहसीलदार");
        try (PDDocument pdf = output(fixture.repository.nodes().get(id))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("कार्यालय", "रायसेन", "तहसीलदार");
        }
    }

    @Test
    void skipKeepsABornDigitalPageAndOcrsOnlyTheScannedOne() throws IOException {
        Path mixed = TestScans.mixedPdf(dir.resolve("mixed-skip.pdf"), "Born digital covering letter 42",
                List.of(TestScans.page(ENGLISH, 0, 0)));
        UUID id = ingestAndWait(mixed, "eng", OcrMode.SKIP);
        List<PageText> pages = fixture.repository.pageTexts().of(id);
        assertThat(pages).extracting(PageText::source).containsExactly(PageText.TextSource.TEXT_LAYER, PageText.TextSource.OCR);
        assertThat(pages.get(0).text()).isEqualTo("Born digital covering letter 42");
        try (PDDocument pdf = output(fixture.repository.nodes().get(id))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).containsOnlyOnce("Born digital covering letter 42").contains("A-12011/4/2019");
        }
    }

    @Test
    void forceOcrsEveryPageIncludingBornDigitalOnes() throws IOException {
        Path mixed = TestScans.mixedPdf(dir.resolve("mixed-force.pdf"), "Born digital covering letter 43",
                List.of(TestScans.page(ENGLISH, 0, 0)));
        UUID id = ingestAndWait(mixed, "eng", OcrMode.FORCE);
        List<PageText> pages = fixture.repository.pageTexts().of(id);
        assertThat(pages).extracting(PageText::source).containsOnly(PageText.TextSource.OCR);
        assertThat(pages.get(0).text()).contains("covering letter 43");
        try (PDDocument pdf = output(fixture.repository.nodes().get(id))) {
            // The page was rebuilt from its image: the old text is not there twice.
            assertThat(new PDFTextStripper().getText(pdf)).containsOnlyOnce("letter 43");
        }
    }

    @Test
    void redoReplacesAnEarlierOcrLayerInsteadOfStackingASecondOne() throws IOException {
        Path scan = TestScans.imagePdf(dir.resolve("first-pass.pdf"), List.of(TestScans.page(ENGLISH, 0, 0)));
        UUID first = ingestAndWait(scan, "eng", OcrMode.SKIP);
        Path searchable = dir.resolve("already-ocred.pdf");
        Files.copy(fixture.repository.nodes().contentPath(fixture.repository.nodes().get(first).content()), searchable);

        UUID skipped = ingestAndWait(searchable, "eng", OcrMode.SKIP);
        assertThat(fixture.repository.pageTexts().of(skipped)).extracting(PageText::source)
                .containsExactly(PageText.TextSource.TEXT_LAYER);

        fixture.repository.nodes().delete(skipped, "test");
        UUID redone = ingestAndWait(searchable, "eng", OcrMode.REDO);
        assertThat(fixture.repository.pageTexts().of(redone)).extracting(PageText::source)
                .containsExactly(PageText.TextSource.OCR);
        try (PDDocument pdf = output(fixture.repository.nodes().get(redone))) {
            assertThat(new PDFTextStripper().getText(pdf)).containsOnlyOnce("A-12011/4/2019");
        }
    }

    private UUID ingestAndWait(Path scan, String languages, OcrMode mode) {
        IngestOutcome outcome = digitization.ingestion().ingest(new IncomingDocument(IncomingDocument.Source.UPLOAD, scan,
                scan.getFileName().toString(), folder, null, languages, mode, "test"));
        assertThat(outcome).isInstanceOf(IngestOutcome.Stored.class);
        var stored = (IngestOutcome.Stored) outcome;
        DigitizationFixture.await("job " + stored.jobId() + " is done", Duration.ofSeconds(90),
                () -> !List.of("queued", "running").contains(digitization.jobs().get(stored.jobId()).state()));
        OcrJob job = digitization.jobs().get(stored.jobId());
        assertThat(job.state()).as("job state (error: %s)", job.lastError()).isEqualTo("done");
        return stored.nodeId();
    }

    private static PDDocument output(Node node) throws IOException {
        return Loader.loadPDF(fixture.repository.nodes().contentPath(node.content()).toFile());
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
