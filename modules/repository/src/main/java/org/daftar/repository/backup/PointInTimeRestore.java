package org.daftar.repository.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.daftar.repository.database.ArchiveRecovery;

/**
 * Restores a backup into an empty Daftar home: lays down the base backup (each file checked against the manifest),
 * the configuration and the content store, then lets PostgreSQL replay the backup's WAL, up to a point in time
 * when one is given ({@code recovery_target_time}, then promote), or to the end of what was archived.
 *
 * <p>The base backup used is the newest one that is consistent before the target; a target before the oldest
 * backup, or after the newest WAL in the folder, is refused before anything is written.
 */
public final class PointInTimeRestore {

    private final BackupDestination source;
    private final HomeLayout home;

    /**
     * @param source the folder the backups are in
     * @param home   the home to restore into; it must be empty or not exist
     */
    public PointInTimeRestore(BackupDestination source, HomeLayout home) {
        this.source = source;
        this.home = home;
    }

    /**
     * What was restored.
     *
     * @param backup       the base backup used
     * @param target       the requested point in time, if any
     * @param recovery     what PostgreSQL's recovery reached
     * @param dataFiles    data directory files laid down, each matching the manifest's SHA-256
     * @param contentFiles content files copied, each matching its name
     * @param bytes        bytes copied in all
     */
    public record Result(BackupManifest backup, Optional<OffsetDateTime> target, ArchiveRecovery.Outcome recovery,
                         long dataFiles, long contentFiles, long bytes) {
    }

    /** The backup a restore to {@code target} (or to the newest state) would start from. */
    public BackupManifest choose(Optional<OffsetDateTime> target) throws IOException {
        List<BackupManifest> manifests = source.manifests();
        if (manifests.isEmpty()) {
            throw new IllegalArgumentException(source.root() + " holds no complete backup (no backups/*/manifest.json)");
        }
        if (target.isEmpty()) {
            return manifests.getLast();
        }
        Instant at = target.get().toInstant();
        BackupManifest chosen = null;
        for (BackupManifest manifest : manifests) {
            if (!Instant.parse(manifest.consistentFrom()).isAfter(at)) {
                chosen = manifest;
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("--to " + target.get() + " is before the oldest backup in "
                    + source.root() + ", which restores to " + manifests.getFirst().consistentFrom() + " at the earliest");
        }
        Instant newest = Instant.parse(manifests.getLast().walUntil());
        if (at.isAfter(newest)) {
            throw new IllegalArgumentException("--to " + target.get() + " is after the newest WAL in " + source.root()
                    + " (" + newest + "); restore without --to for the newest state, or take a backup first");
        }
        return chosen;
    }

    /** Restores; the home's database is stopped again when this returns. */
    public Result run(Optional<OffsetDateTime> target, ProgressListener listener) {
        try {
            requireEmpty(home.home());
            BackupManifest backup = choose(target);
            Meter meter = new Meter(listener);
            Path base = source.backup(backup.id());
            meter.note("restoring backup " + backup.id() + " (consistent from " + backup.consistentFrom() + ")"
                    + target.map(t -> " to " + t).orElse(" to the end of the archived WAL"));
            List<Path> content = contentFiles();
            meter.expect(backup.data().stream().mapToLong(ManifestFile::size).sum(), backup.data().size());
            meter.expect(backup.configuration().stream().mapToLong(ManifestFile::size).sum(),
                    backup.configuration().size());
            meter.expect(content.stream().mapToLong(OnlineBackup::sizeOrZero).sum(), content.size());
            requireWal(backup);

            meter.phase("database: base backup " + backup.id());
            long dataFiles = layDown(base.resolve("data"), home.postgres(), backup.data(), meter);
            layDownExtra(base.resolve("data"), home.postgres(), backup.data());
            Files.setPosixFilePermissions(home.postgres(), PosixFilePermissions.fromString("rwx------"));

            meter.phase("configuration");
            layDown(base.resolve("home"), home.home(), backup.configuration(), meter);
            for (ManifestFile file : backup.configuration()) {
                Path restored = home.home().resolve(file.path());
                if (restored.getParent().equals(home.home())) {
                    Files.setPosixFilePermissions(restored, PosixFilePermissions.fromString("rw-------"));
                }
            }

            meter.phase("content: " + content.size() + " file(s)");
            long contentFiles = copyContent(content, meter);
            Files.createDirectories(home.walArchive());
            meter.finish();

            meter.phase("database: replaying WAL from " + source.wal());
            ArchiveRecovery.Outcome outcome = ArchiveRecovery.recover(home.postgres(), home.credentials(),
                    source.wal(), target, meter::note);
            meter.note("recovery ended on timeline " + outcome.timeline() + " at " + outcome.endLsn()
                    + outcome.lastCommit().map(t -> ", last commit replayed " + t).orElse(""));
            return new Result(backup, target, outcome, dataFiles, contentFiles, meter.bytesDone());
        } catch (IOException e) {
            throw new UncheckedIOException("Restore failed: " + e.getMessage(), e);
        }
    }

    /** Refuses a home that has anything in it. */
    public static void requireEmpty(Path home) throws IOException {
        if (!Files.exists(home)) {
            return;
        }
        if (!Files.isDirectory(home)) {
            throw new IllegalArgumentException(home + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(home)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().limit(3).toList();
            if (!names.isEmpty()) {
                throw new IllegalArgumentException("DAFTAR_HOME " + home + " is not empty (it has "
                        + String.join(", ", names) + " …); restore only into an empty or new directory");
            }
        }
    }

    private void requireWal(BackupManifest backup) {
        for (String segment : List.of(backup.startWal(), backup.stopWal())) {
            if (!Files.exists(source.wal().resolve(segment))) {
                throw new IllegalStateException("WAL segment " + segment + ", which backup " + backup.id()
                        + " needs, is missing from " + source.wal());
            }
        }
    }

    /** Copies the manifest's files from {@code from} to {@code to}, checking each file's SHA-256. */
    private static long layDown(Path from, Path to, List<ManifestFile> files, Meter meter) throws IOException {
        List<CopyPool.Task<Optional<FileCopy.Staged>>> copies = new ArrayList<>();
        for (ManifestFile file : files) {
            copies.add(() -> {
                FileCopy.Staged copy = FileCopy.stage(from.resolve(file.path()), to.resolve(file.path()), file.path(),
                        false).orElseThrow(() -> new IllegalStateException(from.resolve(file.path())
                        + " is missing from the backup"));
                if (!copy.file().sha256().equals(file.sha256())) {
                    Files.delete(copy.temporary());
                    throw new IllegalStateException(from.resolve(file.path()) + " does not match the backup's"
                            + " manifest (SHA-256 " + copy.file().sha256() + ", expected " + file.sha256()
                            + "); the backup is damaged");
                }
                meter.done(copy.file().size());
                return Optional.of(copy);
            });
        }
        Files.createDirectories(to);
        return CopyPool.runDurably(copies, to, false).size();
    }

    /** The directories of the data directory (some empty by design) and backup_label/tablespace_map. */
    private static void layDownExtra(Path from, Path to, List<ManifestFile> listed) throws IOException {
        Set<String> known = new HashSet<>();
        listed.forEach(f -> known.add(f.path()));
        List<Path> paths;
        try (Stream<Path> tree = Files.walk(from)) {
            paths = tree.toList();
        }
        for (Path path : paths) {
            String relative = from.relativize(path).toString();
            if (Files.isDirectory(path)) {
                Files.createDirectories(to.resolve(relative));
            } else if (!known.contains(relative)) {
                if (!relative.equals("backup_label") && !relative.equals("tablespace_map")) {
                    throw new IllegalStateException(path + " is in the backup but not in its manifest");
                }
                FileCopy.copy(path, to.resolve(relative), relative, false);
            }
        }
    }

    private List<Path> contentFiles() throws IOException {
        if (!Files.isDirectory(source.content())) {
            return List.of();
        }
        try (Stream<Path> tree = Files.walk(source.content())) {
            return tree.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).sorted().toList();
        }
    }

    private long copyContent(List<Path> files, Meter meter) throws IOException {
        Map<String, String> damaged = new java.util.concurrent.ConcurrentHashMap<>();
        List<CopyPool.Task<Optional<FileCopy.Staged>>> copies = new ArrayList<>();
        for (Path file : files) {
            String relative = source.content().relativize(file).toString();
            Path target = home.content().resolve(relative);
            copies.add(() -> {
                FileCopy.Staged copy = FileCopy.stage(file, target, relative, false).orElseThrow();
                meter.done(copy.file().size());
                if (!copy.file().sha256().equals(file.getFileName().toString())) {
                    Files.delete(copy.temporary());
                    damaged.put(relative, copy.file().sha256());
                    return Optional.empty();
                }
                return Optional.of(copy);
            });
        }
        Files.createDirectories(home.content());
        long count = CopyPool.runDurably(copies, home.content(), false).size();
        if (!damaged.isEmpty()) {
            meter.note(damaged.size() + " content file(s) in the backup do not match their SHA-256 and were left out"
                    + " (e.g. " + new ArrayList<>(damaged.keySet()).getFirst() + "); the check below names what lacks them");
        }
        return count;
    }
}
