package org.daftar.repository.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The folder backups go to, shared by all backups of one installation:
 * <pre>
 * DEST/content/ab/cd/abcd…        content files by SHA-256, shared (each copied once: later backups add new ones)
 * DEST/wal/000000010000000000000003 archived WAL segments, shared (likewise)
 * DEST/backups/ID/data/           the database's base backup (with backup_label)
 * DEST/backups/ID/home/           configuration, generated logins, audit checkpoints
 * DEST/backups/ID/manifest.json   written last
 * </pre>
 *
 * @param root the folder
 */
public record BackupDestination(Path root) {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public BackupDestination {
        root = root.toAbsolutePath().normalize();
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path wal() {
        return root.resolve("wal");
    }

    public Path backup(String id) {
        return root.resolve("backups").resolve(id);
    }

    /** The complete backups here (those with a manifest), oldest first. */
    public List<BackupManifest> manifests() throws IOException {
        Path backups = root.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        List<BackupManifest> manifests = new ArrayList<>();
        try (Stream<Path> children = Files.list(backups)) {
            for (Path child : children.sorted().toList()) {
                Path manifest = child.resolve("manifest.json");
                if (Files.isRegularFile(manifest)) {
                    manifests.add(JSON.readValue(manifest.toFile(), BackupManifest.class));
                }
            }
        }
        manifests.sort(Comparator.comparing(BackupManifest::consistentFrom));
        return manifests;
    }

    /** Writes the manifest, durably, as the backup's last step. */
    void write(BackupManifest manifest) throws IOException {
        Path directory = backup(manifest.id());
        Path temporary = directory.resolve(".manifest.json.part");
        JSON.writeValue(temporary.toFile(), manifest);
        try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, directory.resolve("manifest.json"), StandardCopyOption.ATOMIC_MOVE);
        FileCopy.syncDirectory(directory);
    }
}
