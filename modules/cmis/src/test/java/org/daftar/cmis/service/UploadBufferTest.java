package org.daftar.cmis.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadBufferTest {

    @TempDir
    Path home;

    private List<Path> files(Path directory) throws IOException {
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.toList();
        }
    }

    @Test
    void contentAboveTheMemoryThresholdIsKeptEncryptedUnderTheGivenFolderAndRemovedWhenRead() throws IOException {
        Path folder = home.resolve("tmp/cmis");
        UploadBuffer store = new UploadBuffer(new UploadBuffering(folder, 1024, 1 << 20));
        byte[] chunk = new byte[8192];
        Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < 10; i++) {
            store.write(chunk);
        }
        store.flush();
        List<Path> spilled = files(folder);
        assertThat(spilled).hasSize(1);
        byte[] onDisk = Files.readAllBytes(spilled.getFirst());
        assertThat(new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("xxxxxxxx");

        try (InputStream in = store.getInputStream()) {
            byte[] read = in.readAllBytes();
            assertThat(read).hasSize(10 * 8192).containsOnly((byte) 'x');
        }
        assertThat(files(folder)).isEmpty();
    }

    @Test
    void aWritePastTheLimitIsRefusedAndNothingStaysBehind() throws IOException {
        Path folder = home.resolve("tmp/cmis");
        UploadBuffer store = new UploadBuffer(new UploadBuffering(folder, 1024, 20_000));
        byte[] chunk = new byte[8192];
        store.write(chunk);
        store.write(chunk);
        assertThat(store.getLength()).isEqualTo(16_384);
        assertThatThrownBy(() -> store.write(chunk))
                .isInstanceOf(CmisConstraintException.class)
                .hasMessage("Content is larger than the limit of 20000 bytes");
        assertThat(files(folder)).isEmpty();
    }

    @Test
    void contentExactlyAtTheLimitIsAccepted() throws IOException {
        UploadBuffer store = new UploadBuffer(new UploadBuffering(home, 0, 3));
        store.write(new byte[] {1, 2});
        store.write(3);
        assertThatThrownBy(() -> store.write(4)).isInstanceOf(CmisConstraintException.class);
    }
}
