package org.daftar.repository.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.daftar.repository.ContentTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemContentStoreTest {

    @TempDir
    Path root;

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private long filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void stagedContentIsHashedAndOnlyInTheTemporaryArea() throws IOException {
        FileSystemContentStore store = new FileSystemContentStore(root, 1024);
        StagedContent staged = store.stage(bytes("abc"));
        assertThat(staged.hash()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(staged.size()).isEqualTo(3);
        assertThat(staged.tempFile()).startsWith(root.resolve("tmp"));
        assertThat(store.contains(staged.hash())).isFalse();
    }

    @Test
    void promotionPlacesTheFileUnderItsHashAndLeavesNoTemporaryFile() throws IOException {
        FileSystemContentStore store = new FileSystemContentStore(root, 1024);
        StagedContent staged = store.stage(bytes("पत्रावली"));
        assertThat(store.promote(staged)).isTrue();
        Path stored = store.path(staged.hash());
        assertThat(stored).isEqualTo(root.resolve(staged.hash().substring(0, 2)).resolve(staged.hash().substring(2, 4))
                .resolve(staged.hash()));
        assertThat(Files.readString(stored)).isEqualTo("पत्रावली");
        assertThat(Files.list(root.resolve("tmp"))).isEmpty();
    }

    @Test
    void theSameBytesTwiceAreStoredOnce() throws IOException {
        FileSystemContentStore store = new FileSystemContentStore(root, 1024);
        assertThat(store.promote(store.stage(bytes("same")))).isTrue();
        assertThat(store.promote(store.stage(bytes("same")))).isFalse();
        assertThat(filesUnder(root)).isEqualTo(1);
    }

    @Test
    void contentOverTheLimitIsRefusedAndLeavesNothingBehind() throws IOException {
        FileSystemContentStore store = new FileSystemContentStore(root, 10);
        assertThatThrownBy(() -> store.stage(bytes("eleven byte")))
                .isInstanceOf(ContentTooLargeException.class)
                .hasMessageContaining("limit of 10 bytes");
        assertThat(filesUnder(root)).isZero();
        assertThat(store.stage(bytes("ten bytes!")).size()).isEqualTo(10);
    }

    @Test
    void aStreamThatBreaksMidwayLeavesNothingBehind() throws IOException {
        FileSystemContentStore store = new FileSystemContentStore(root, 1 << 20);
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 5000) {
                    throw new IOException("connection reset by client");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> store.stage(failing)).hasRootCauseMessage("connection reset by client");
        assertThat(filesUnder(root)).isZero();
    }

    @Test
    void abandonedUploadsAreRemovedOnlyWhenOld() throws IOException {
        FileSystemContentStore store = new FileSystemContentStore(root, 1024);
        StagedContent old = store.stage(bytes("old"));
        StagedContent fresh = store.stage(bytes("fresh"));
        Files.setLastModifiedTime(old.tempFile(), FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        assertThat(store.removeAbandonedUploads(Duration.ofDays(1))).isEqualTo(1);
        assertThat(old.tempFile()).doesNotExist();
        assertThat(fresh.tempFile()).exists();
    }

    @Test
    void hashesThatAreNotSha256AreRefusedAsPaths() {
        FileSystemContentStore store = new FileSystemContentStore(root, 1024);
        assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
