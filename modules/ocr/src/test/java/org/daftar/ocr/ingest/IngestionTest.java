package org.daftar.ocr.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.queue.DocumentOcr;
import org.daftar.ocr.queue.OcrMode;
import org.daftar.ocr.testing.BadScans;
import org.daftar.ocr.testing.DigitizationFixture;
import org.daftar.ocr.testing.TestScans;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(EmbeddedDatabase.class)
class IngestionTest {

    static DigitizationFixture fixture;
    static Digitization digitization;
    static UUID folder;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp(DataSource dataSource) {
        fixture = new DigitizationFixture(dataSource);
        digitization = fixture.digitization(0, Duration.ofMinutes(1), DocumentOcr.PageListener.NONE);
        folder = fixture.newFolder();
    }

    static Stream<Arguments> badInputs() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        return Stream.of(
                Arguments.of(BadScans.empty(bad), "is empty (0 bytes)"),
                Arguments.of(BadScans.zipNamedPdf(bad), "is a ZIP archive, not a scan"),
                Arguments.of(BadScans.truncatedPdf(bad), "is a truncated PDF"),
                Arguments.of(BadScans.corruptPdf(bad), "is a corrupt PDF"),
                Arguments.of(BadScans.encryptedPdf(bad), "is an encrypted (password-protected) PDF"),
                Arguments.of(BadScans.decompressionBomb(bad), "declares an image of 100000x100000 pixels"));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @MethodSource("badInputs")
    void aBadInputIsRefusedWithItsReasonAndLeavesNothingBehind(Path file, String reason) {
        long nodesBefore = count("node");
        long jobsBefore = count("ocr_job");
        IngestOutcome outcome = digitization.ingestion().ingest(incoming(file));
        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains(file.getFileName().toString()).contains(reason));
        assertThat(count("node")).isEqualTo(nodesBefore);
        assertThat(count("ocr_job")).isEqualTo(jobsBefore);
    }

    @Test
    void aScanIsStoredUnchangedAsVersionOneAndQueuedWithItsPageCount() throws IOException {
        Path tiff = TestScans.tiff(dir.resolve("two-pages.tif"), List.of(
                TestScans.page(List.of("Page one"), 0, 0), TestScans.page(List.of("Page two"), 0, 0)));
        IngestOutcome outcome = digitization.ingestion().ingest(incoming(tiff));
        assertThat(outcome).isInstanceOf(IngestOutcome.Stored.class);
        var stored = (IngestOutcome.Stored) outcome;
        assertThat(stored.pages()).isEqualTo(2);
        var node = fixture.repository.nodes().get(stored.nodeId());
        assertThat(node.type()).isEqualTo("eo:scan");
        assertThat(node.content().mimeType()).isEqualTo("image/tiff");
        assertThat(node.properties()).containsEntry("eo:pageCount", 2L).containsEntry("eo:sourceFileName", "two-pages.tif");
        assertThat(Files.readAllBytes(fixture.repository.nodes().contentPath(node.content()))).isEqualTo(Files.readAllBytes(tiff));
        assertThat(digitization.jobs().get(stored.jobId()).state()).isEqualTo("queued");
    }

    @Test
    void theSameBytesAgainAreSkippedAsADuplicateEvenUnderAnotherName() throws IOException {
        Path png = TestScans.png(dir.resolve("first.png"), TestScans.page(List.of("Duplicate check"), 0, 0));
        Path copy = Files.copy(png, dir.resolve("copy-with-other-name.png"));
        var first = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(png));
        long nodes = count("node");
        IngestOutcome again = digitization.ingestion().ingest(incoming(copy));
        assertThat(again).isEqualTo(new IngestOutcome.Duplicate(first.nodeId(), first.contentHash()));
        assertThat(count("node")).isEqualTo(nodes);
    }

    @Test
    void aFileNamedLikeAnExistingDocumentGetsAFreeName() {
        Path a = TestScans.png(dir.resolve("same.png"), TestScans.page(List.of("one"), 0, 0));
        var first = (IngestOutcome.Stored) digitization.ingestion().ingest(incoming(a));
        Path b = TestScans.png(dir.resolve("sub-same.png"), TestScans.page(List.of("two"), 0, 0));
        var second = (IngestOutcome.Stored) digitization.ingestion().ingest(new IncomingDocument(
                IncomingDocument.Source.UPLOAD, b, "same.png", folder, null, "eng", OcrMode.SKIP, "test"));
        assertThat(fixture.repository.nodes().get(first.nodeId()).name()).isEqualTo("same.png");
        assertThat(fixture.repository.nodes().get(second.nodeId()).name()).isEqualTo("same (2).png");
    }

    private static IncomingDocument incoming(Path file) {
        return new IncomingDocument(IncomingDocument.Source.UPLOAD, file, file.getFileName().toString(), folder, null,
                "eng+hin", OcrMode.SKIP, "test");
    }

    private static long count(String table) {
        return fixture.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
