package org.daftar.ocr.recordroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.queue.DocumentOcr;
import org.daftar.ocr.queue.OcrMode;
import org.daftar.ocr.testing.BadScans;
import org.daftar.ocr.testing.DigitizationFixture;
import org.daftar.ocr.testing.TestScans;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedDatabase.class)
class RecordRoomImportTest {

    static DigitizationFixture fixture;
    static Digitization digitization;
    static RecordRoomImport imports;
    static RecordRoomRegister register;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start(DataSource dataSource) {
        fixture = new DigitizationFixture(dataSource);
        digitization = fixture.digitization(1, Duration.ofMinutes(1), DocumentOcr.PageListener.NONE);
        digitization.workers().start();
        imports = new RecordRoomImport(fixture.repository.nodes(), fixture.jdbc, digitization.ingestion(),
                org.daftar.ocr.engine.EngineSettings.defaults());
        register = new RecordRoomRegister(fixture.repository.nodes());
    }

    @AfterAll
    static void stop() {
        imports.close();
        digitization.workers().close();
    }

    @Test
    void aManifestImportCreatesPhysicalFileRecordsReportsEachFileAndARerunCreatesNothing() throws IOException {
        Path room = Files.createDirectories(dir.resolve("room-7"));
        Path box = Files.createDirectories(room.resolve("box-12"));
        TestScans.png(box.resolve("p1.png"), TestScans.page(List.of("Revenue case 14 of 1998"), 0, 0));
        TestScans.png(box.resolve("p2.png"), TestScans.page(List.of("Order sheet 1998"), 0, 0));
        TestScans.png(room.resolve("single.png"), TestScans.page(List.of("Land record 2004"), 0, 0));
        BadScans.zipNamedPdf(box);
        Files.writeString(room.resolve("manifest.csv"), """
                legacy_number,subject,year,section,retention,room,rack,shelf,box,path
                R-14/1998,"Revenue case 14, Ashta",1998,Rev,A,7,3,2,12,box-12
                L-9/2004,Land record,2004,LR,C-5,7,3,2,13,single.png
                X-1/2000,Missing scans,2000,LR,B,7,1,1,1,no-such-folder
                """);

        ImportProgress progress = runToCompletion(room);
        assertThat(progress.state()).isEqualTo("done");
        assertThat(progress).extracting(ImportProgress::filesTotal, ImportProgress::imported, ImportProgress::duplicates,
                ImportProgress::failed).containsExactly(5, 3, 0, 2);
        assertThat(progress.pagesTotal()).isEqualTo(3);
        assertThat(progress.pagesOcred()).isEqualTo(3);

        List<ImportItem> failed = imports.items(progress.id(), "failed");
        assertThat(failed).extracting(ImportItem::reason).anySatisfy(r -> assertThat(r).contains("is a ZIP archive"))
                .anySatisfy(r -> assertThat(r).contains("line 4").contains("does not exist"));
        assertThat(imports.items(progress.id(), "imported")).allSatisfy(i -> assertThat(i.ocrState()).isEqualTo("done"));

        List<RegisterEntry> revenue = register.find(new RegisterQuery("R-14", null, null, null, null, null, null, 0, 10));
        assertThat(revenue).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("Revenue case 14, Ashta");
            assertThat(r.retention()).isEqualTo("A");
            assertThat(r.reviewDue()).isEqualTo("2023-01-01");
            assertThat(r.box()).isEqualTo("12");
            assertThat(r.scans()).isEqualTo(2);
        });
        assertThat(register.find(new RegisterQuery(null, "7", "3", null, null, null, null, 0, 10))).hasSize(2);
        assertThat(register.find(new RegisterQuery(null, null, null, null, null, "C-5", null, 0, 10)))
                .extracting(RegisterEntry::legacyNumber).containsExactly("L-9/2004");
        assertThat(register.find(new RegisterQuery(null, null, null, null, null, null, LocalDate.of(2010, 1, 1), 0, 10)))
                .extracting(RegisterEntry::legacyNumber).containsExactly("L-9/2004");

        long nodes = count("node");
        ImportProgress rerun = runToCompletion(room);
        assertThat(rerun).extracting(ImportProgress::imported, ImportProgress::duplicates, ImportProgress::failed)
                .containsExactly(0, 3, 2);
        assertThat(count("node")).isEqualTo(nodes);
    }

    @Test
    void aFolderTreeWithoutManifestMakesOneRecordPerFolder() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path file = Files.createDirectories(tree.resolve("A-101_1987"));
        TestScans.png(file.resolve("1.png"), TestScans.page(List.of("Folder layout 1987"), 0, 0));
        ImportProgress progress = runToCompletion(tree);
        assertThat(progress.imported()).isEqualTo(1);
        assertThat(register.find(new RegisterQuery("A-101_1987", null, null, null, null, null, null, 0, 10))).hasSize(1);
    }

    @Test
    void anImportThatWasRunningWhenTheServerStoppedIsResumedWithoutRedoingReportedFiles() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("resume"));
        Path first = TestScans.png(Files.createDirectories(tree.resolve("F-1")).resolve("a.png"),
                TestScans.page(List.of("resume a"), 0, 0));
        TestScans.png(tree.resolve("F-1").resolve("b.png"), TestScans.page(List.of("resume b"), 0, 0));
        ImportRuns runs = new ImportRuns(fixture.jdbc);
        long id = runs.create(tree.toString(), "eng", "skip", "admin");
        runs.record(id, first.toString(), "failed", "interrupted before the crash", null, null, null, null);

        imports.resumeUnfinished();
        DigitizationFixture.await("the resumed import is complete", Duration.ofSeconds(60), () -> imports.progress(id).complete());
        assertThat(imports.items(id, null)).extracting(ImportItem::path, ImportItem::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first.toString(), "failed"),
                org.assertj.core.groups.Tuple.tuple(tree.resolve("F-1").resolve("b.png").toString(), "imported"));
    }

    @Test
    void aScanWhoseOcrRunsOverTheBudgetIsReportedWithTheReasonInTheImportReport() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("budget"));
        TestScans.png(Files.createDirectories(tree.resolve("B-1")).resolve("large.png"),
                TestScans.page(List.of("Over the budget 2020"), 0, 0));
        // Taken in under the full budget (the page is 1800×195 pixels); read after it was lowered to 0.1 megapixels.
        digitization.workers().close();
        Digitization lowered = fixture.digitization(1, Duration.ofMinutes(1), DocumentOcr.PageListener.NONE,
                org.daftar.ocr.ingest.PageAllowance.UNLIMITED, new org.daftar.ocr.input.InputLimits(100_000, 100, 300));
        try {
            ImportProgress started = imports.start(tree.toString(), "eng", OcrMode.SKIP, "admin");
            DigitizationFixture.await("the import has taken its file in", Duration.ofSeconds(60),
                    () -> !imports.progress(started.id()).state().equals("running"));
            ImportProgress progress = imports.progress(started.id());
            assertThat(progress.imported()).isEqualTo(1);
            lowered.workers().start();
            DigitizationFixture.await("the scan's OCR has failed", Duration.ofSeconds(60),
                    () -> imports.progress(progress.id()).ocrFailed() == 1);
            assertThat(imports.items(progress.id(), "imported")).singleElement().satisfies(item -> {
                assertThat(item.ocrState()).isEqualTo("dead");
                assertThat(item.ocrError()).contains("large.png").contains("more than the 0.1 megapixels allowed");
            });
        } finally {
            lowered.workers().close();
            digitization.workers().start();
        }
    }

    @Test
    void anImportOfAPathThatIsNotThereIsRefusedWithTheReason() {
        assertThatThrownBy(() -> imports.start("/no/such/folder", "eng+hin", OcrMode.SKIP, "admin"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("does not exist on the server");
        assertThatThrownBy(() -> imports.start("relative/path", "eng+hin", OcrMode.SKIP, "admin"))
                .hasMessageContaining("must be absolute");
        assertThatThrownBy(() -> imports.start(dir.toString(), "eng+xyz", OcrMode.SKIP, "admin"))
                .hasMessageContaining("OCR language 'xyz' is not installed").hasMessageContaining("tesseract-ocr-xyz");
        assertThatThrownBy(() -> imports.start(dir.toString(), "English", OcrMode.SKIP, "admin"))
                .hasMessageContaining("must look like eng+hin");
    }

    private static ImportProgress runToCompletion(Path path) {
        ImportProgress started = imports.start(path.toString(), "eng", OcrMode.SKIP, "admin");
        DigitizationFixture.await("import " + started.id() + " is complete", Duration.ofSeconds(90),
                () -> imports.progress(started.id()).complete());
        return imports.progress(started.id());
    }

    private static long count(String table) {
        return fixture.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
