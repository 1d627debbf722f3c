package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.daftar.server.testing.ScanImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportStagingTest {

    @TempDir
    Path home;

    private ImportStaging staging(int maxEntries, long maxBytes) throws IOException {
        return new ImportStaging(Files.createDirectories(home.resolve("batch-1")), new ImportStaging.Limits(maxEntries, maxBytes));
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Test
    void looseScansLandInTheBatchFolderAndASecondScanOfTheSameNameIsKeptBeside() throws IOException {
        ImportStaging staging = staging(10, 1 << 20);
        staging.add("C:\\scans\\page.png", in(new byte[] {1}));
        staging.add("page.png", in(new byte[] {2}));
        assertThat(staging.scans()).isEqualTo(2);
        assertThat(Files.readAllBytes(staging.root().resolve("page.png"))).containsExactly(1);
        assertThat(Files.readAllBytes(staging.root().resolve("page (2).png"))).containsExactly(2);
    }

    @Test
    void aZipKeepsItsFoldersAndAZipInsideItStaysAFile() throws IOException {
        ImportStaging staging = staging(10, 1 << 20);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("LR-12/1987/p1.png", new byte[] {1});
        entries.put("LR-12/1987/inner.zip", ScanImages.zip(Map.of("x.png", new byte[] {3})));
        entries.put("__MACOSX/._p1.png", new byte[] {9});
        staging.add("old files.zip", in(ScanImages.zip(entries)));
        assertThat(staging.root().resolve("LR-12/1987/p1.png")).exists();
        assertThat(staging.root().resolve("LR-12/1987/inner.zip")).isRegularFile();
        assertThat(staging.root().resolve("__MACOSX")).doesNotExist();
        assertThat(staging.scans()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.png", "a/../../evil.png", "/etc/evil.png", "C:/evil.png", "a\\..\\..\\evil.png", ".."})
    void aZipEntryPointingOutsideTheArchiveRefusesTheUpload(String entry) throws IOException {
        ImportStaging staging = staging(10, 1 << 20);
        assertThatThrownBy(() -> staging.add("slip.zip", in(ScanImages.zip(Map.of(entry, new byte[] {1})))))
                .isInstanceOfSatisfying(FieldProblem.class, p -> {
                    assertThat(p.key()).isEqualTo("recordRoomImport.problem.zipSlip");
                    assertThat(p.field()).isEqualTo("files");
                });
        assertThat(home.resolve("evil.png")).doesNotExist();
    }

    @Test
    void moreEntriesThanTheLimitAreRefused() throws IOException {
        ImportStaging staging = staging(3, 1 << 20);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            entries.put("p" + i + ".png", new byte[] {1});
        }
        assertThatThrownBy(() -> staging.add("many.zip", in(ScanImages.zip(entries))))
                .isInstanceOfSatisfying(FieldProblem.class,
                        p -> assertThat(p.key()).isEqualTo("recordRoomImport.problem.tooManyFiles"));
    }

    @Test
    void aZipBombIsStoppedAtTheByteLimitCountingWhatIsUnpackedAndLeavesNoPartialFile() throws IOException {
        ImportStaging staging = staging(10, 1 << 20);
        byte[] bomb = ScanImages.zip(Map.of("zeros.png", new byte[8 << 20])); // 8 MB of zeros, a few KB zipped
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> staging.add("bomb.zip", in(bomb)))
                .isInstanceOfSatisfying(FieldProblem.class,
                        p -> assertThat(p.key()).isEqualTo("recordRoomImport.problem.tooLarge"));
        try (Stream<Path> files = Files.walk(staging.root())) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void hiddenAndEmptyFileNamesAreRefusedAndAManifestMustBeCsv() throws IOException {
        ImportStaging staging = staging(10, 1 << 20);
        assertThatThrownBy(() -> staging.add(".hidden.png", in(new byte[] {1}))).isInstanceOf(FieldProblem.class);
        assertThatThrownBy(() -> staging.add("folder/", in(new byte[] {1}))).isInstanceOf(FieldProblem.class);
        assertThatThrownBy(() -> staging.addManifest("list.xlsx", in(new byte[] {1})))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("manifest"));
        staging.addManifest("list.csv", in("legacy_number,path\n".getBytes()));
        assertThat(staging.root().resolve("manifest.csv")).exists();
    }
}
