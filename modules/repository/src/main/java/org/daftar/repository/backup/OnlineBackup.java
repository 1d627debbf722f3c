package org.daftar.repository.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Takes a backup of a Daftar home while the server runs and users work, with what PostgreSQL itself provides:
 * <ol>
 * <li>the database: {@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop} (which waits
 *     until the WAL the copy needs is archived) and its {@code backup_label}/{@code tablespace_map} written into the
 *     copy;</li>
 * <li>the WAL: a switch to a new segment, so that everything committed until now is archived, then every archived
 *     segment the destination does not have yet;</li>
 * <li>the content store: every file the destination does not have yet, each checked against its name (its
 *     SHA-256). It comes after the WAL on purpose: content is written before the commit that refers to it, so all
 *     content of every commit in the copied WAL is in the store by now;</li>
 * <li>the configuration: generated logins and passwords, settings, audit checkpoints;</li>
 * <li>the manifest, last.</li>
 * </ol>
 * The Solr index is not copied: a restore rebuilds it from the database.
 */
public final class OnlineBackup {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern WAL_NAME = Pattern.compile(
            "[0-9A-F]{24}|[0-9A-F]{8}\\.history|[0-9A-F]{24}\\.[0-9A-F]{8}\\.backup|[0-9A-F]{24}\\.partial");
    private static final Pattern CONTENT_NAME = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");
    /** Directories of the data directory whose contents a base backup leaves out (PostgreSQL's own list). */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    /** Files of the data directory a base backup leaves out ({@code epg-lock} is zonky's). */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "recovery.signal", "standby.signal", "backup_label", "tablespace_map", "pg_internal.init");
    private static final Duration ARCHIVE_WAIT = Duration.ofMinutes(5);

    private final HomeLayout home;
    private final DataSource superuser;
    private final Clock clock;

    /**
     * @param home      the home to back up
     * @param superuser connections, as the superuser, to any database of the home's running PostgreSQL
     */
    public OnlineBackup(HomeLayout home, DataSource superuser, Clock clock) {
        this.home = home;
        this.superuser = superuser;
        this.clock = clock;
    }

    /** Backs up into {@code destination} (created if missing) and returns the new backup's manifest. */
    public BackupManifest run(BackupDestination destination, ProgressListener listener) {
        if (destination.root().startsWith(home.home())) {
            throw new IllegalArgumentException("the backup folder " + destination.root() + " is inside the home "
                    + home.home() + "; back up to another disk or at least another folder");
        }
        Meter meter = new Meter(listener);
        Instant started = clock.instant();
        String id = ID.format(started);
        try (DestinationLock ignored = DestinationLock.take(destination);
             Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            String system = single(sql, "SELECT system_identifier::text FROM pg_control_system()");
            int version = Integer.parseInt(single(sql, "SELECT current_setting('server_version_num')"));
            requireArchiving(sql);
            for (BackupManifest earlier : destination.manifests()) {
                if (!earlier.systemIdentifier().equals(system)) {
                    throw new IllegalStateException(destination.root() + " holds backups of another database"
                            + " (system " + earlier.systemIdentifier() + ", this one is " + system
                            + "); use an empty folder or one with backups of this installation");
                }
            }
            Path target = destination.backup(id);
            if (Files.exists(target)) {
                throw new IllegalStateException(target + " exists already; wait a second and run the backup again");
            }
            Files.createDirectories(target);
            meter.expect(treeSize(home.postgres()), treeFiles(home.postgres()));

            // 1. the database
            meter.phase("database: base backup of " + home.postgres());
            String startLsn;
            try (PreparedStatement start = connection.prepareStatement("SELECT pg_backup_start(?, true)::text")) {
                start.setString(1, "daftar " + id);
                startLsn = single(start);
            }
            String startWal = single(sql, "SELECT pg_walfile_name('" + startLsn + "')");
            int timeline = Integer.parseInt(single(sql, "SELECT timeline_id FROM pg_control_checkpoint()"));
            List<ManifestFile> data;
            String stopLsn;
            try {
                data = copyDataDirectory(target.resolve("data"), meter);
            } finally {
                try (ResultSet stop = sql.executeQuery(
                        "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(true)")) {
                    stop.next();
                    stopLsn = stop.getString(1);
                    write(target.resolve("data/backup_label"), stop.getString(2));
                    String map = stop.getString(3);
                    if (map != null && !map.isEmpty()) {
                        write(target.resolve("data/tablespace_map"), map);
                    }
                }
            }
            String stopWal = single(sql, "SELECT pg_walfile_name('" + stopLsn + "')");
            Instant consistent = clock.instant();
            meter.note("database copied: WAL " + startLsn + " to " + stopLsn + " (" + startWal + " … " + stopWal + ")");

            // 2. the WAL, up to now
            // the segment before the one now in use (the byte before its start): pg_switch_wal() does nothing when
            // nothing was written since the last switch (pg_backup_stop's), so its result cannot name it
            sql.execute("SELECT pg_switch_wal()");
            String lastWal = single(sql, "SELECT pg_walfile_name(l - ((l - '0/0'::pg_lsn) % s) - 1) FROM (SELECT"
                    + " pg_current_wal_insert_lsn() AS l,"
                    + " pg_size_bytes(current_setting('wal_segment_size'))::numeric AS s) AS now");
            long waitStarted = System.nanoTime();
            awaitArchived(sql, lastWal);
            Instant walUntil = clock.instant();
            meter.note(String.format("WAL archived up to %s (waited %.1f s for the archiver)", lastWal,
                    (System.nanoTime() - waitStarted) / 1e9));
            List<ManifestFile> wal = copyWal(destination, meter);

            // 3. the content store
            Instant contentFrom = clock.instant();
            ContentCopy content = copyContent(destination, meter);

            // 4. the configuration
            List<ManifestFile> configuration = copyConfiguration(target.resolve("home"), meter);

            BackupManifest manifest = new BackupManifest(id, system, version, started.toString(),
                    consistent.toString(), walUntil.toString(), contentFrom.toString(), clock.instant().toString(),
                    timeline, startLsn, stopLsn, startWal, stopWal, data, configuration, wal, content.files(),
                    content.copied(), content.copiedBytes());
            destination.write(manifest);
            meter.finish();
            meter.note("backup " + id + " complete in " + target);
            pruneArchive(destination, startWal, meter);
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("Backup failed in the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup failed: " + e.getMessage(), e);
        }
    }

    private static void requireArchiving(Statement sql) throws SQLException {
        String mode = single(sql, "SELECT current_setting('archive_mode')");
        String library = single(sql, "SELECT current_setting('archive_library')");
        String command = single(sql, "SELECT current_setting('archive_command')");
        if ("off".equals(mode) || (library.isEmpty() && command.isEmpty())) {
            throw new IllegalStateException("PostgreSQL does not archive its WAL (archive_mode " + mode
                    + "); restart Daftar once with this version so that the embedded server archives it, then back up");
        }
    }

    private List<ManifestFile> copyDataDirectory(Path target, Meter meter) throws IOException {
        Path source = home.postgres();
        List<Path> paths = liveTree(source);
        List<CopyPool.Task<Optional<FileCopy.Staged>>> copies = new ArrayList<>();
        for (Path path : paths) {
            Path relative = source.relativize(path);
            if (relative.toString().isEmpty()) {
                continue;
            }
            if (!keep(relative)) {
                if (Files.isRegularFile(path)) {
                    meter.skipped(sizeOrZero(path));
                }
                continue;
            }
            Path copy = target.resolve(relative.toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(copy);
            } else if (Files.isRegularFile(path)) {
                copies.add(() -> {
                    long expected = sizeOrZero(path);
                    Optional<FileCopy.Staged> copied = FileCopy.stage(path, copy, relative.toString(), false);
                    meter.skipped(expected);
                    // a file dropped by the database while we copied is left out: WAL replay recreates it
                    copied.ifPresent(staged -> {
                        meter.expect(staged.file().size(), 1);
                        meter.done(staged.file().size());
                    });
                    return copied;
                });
            }
        }
        Files.createDirectories(target);
        List<ManifestFile> files = CopyPool.runDurably(copies, target, false);
        Files.createDirectories(target.resolve("pg_wal/archive_status"));
        return files;
    }

    /**
     * The paths under a directory a running database is changing, sorted: what vanishes while it is listed (a
     * temporary sort file, a dropped database) is passed over instead of failing the walk.
     */
    private static List<Path> liveTree(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                                                                   java.nio.file.attribute.BasicFileAttributes attrs) {
                paths.add(dir);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                paths.add(file);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        paths.sort(null);
        return paths;
    }

    /** Whether a path of the data directory belongs in a base backup. */
    static boolean keep(Path relative) {
        String name = relative.getFileName().toString();
        if (relative.getNameCount() > 1 && EMPTIED.contains(relative.getName(0).toString())) {
            return false;
        }
        if (name.startsWith("pgsql_tmp")) {
            return false;
        }
        for (Path part : relative) {
            if (part.toString().startsWith("pgsql_tmp")) {
                return false;
            }
        }
        return !(LEFT_OUT.contains(name) && (relative.getNameCount() == 1 || name.equals("pg_internal.init")));
    }

    /** Waits until the archiver has copied {@code segment}; fails with its last error when it does not. */
    private void awaitArchived(Statement sql, String segment) throws SQLException, IOException {
        long deadline = System.nanoTime() + ARCHIVE_WAIT.toNanos();
        Path archived = home.walArchive().resolve(segment);
        while (!Files.exists(archived)) {
            if (System.nanoTime() > deadline) {
                try (ResultSet failure = sql.executeQuery(
                        "SELECT last_failed_wal, last_failed_time FROM pg_stat_archiver")) {
                    failure.next();
                    throw new IllegalStateException("WAL segment " + segment + " was not archived into "
                            + home.walArchive() + " within " + ARCHIVE_WAIT.toMinutes() + " minutes ("
                            + (failure.getString(1) == null ? "the archiver reported no failure"
                            : "last failure: " + failure.getString(1) + " at " + failure.getString(2))
                            + "; see PostgreSQL's log beside the data directory)");
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the WAL archive", e);
            }
        }
    }

    private List<ManifestFile> copyWal(BackupDestination destination, Meter meter) throws IOException {
        List<Path> segments;
        try (Stream<Path> list = Files.list(home.walArchive())) {
            segments = list.filter(p -> WAL_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        List<Path> missing = new ArrayList<>();
        for (Path segment : segments) {
            Path there = destination.wal().resolve(segment.getFileName().toString());
            if (!Files.exists(there)) {
                missing.add(segment);
            } else if (Files.size(there) != Files.size(segment)) {
                throw new IllegalStateException("WAL segment " + there + " differs from " + segment
                        + " (another installation's backups in the same folder?); not overwritten");
            }
        }
        meter.expect(missing.stream().mapToLong(OnlineBackup::sizeOrZero).sum(), missing.size());
        meter.phase("WAL: " + missing.size() + " new segment(s) of " + segments.size() + " archived");
        List<ManifestFile> copied = new ArrayList<>();
        for (Path segment : missing) {
            String name = segment.getFileName().toString();
            ManifestFile file = FileCopy.copy(segment, destination.wal().resolve(name), name, false).orElseThrow();
            copied.add(file);
            meter.done(file.size());
        }
        FileCopy.syncDirectory(destination.wal());
        return copied;
    }

    /**
     * Removes from the home's WAL archive the segments older than this backup's first one that the destination holds
     * with the same size: no later backup needs them (each starts from its own base backup), and the destination
     * keeps them for points in time before this backup. Without this the archive would grow with every change.
     */
    private void pruneArchive(BackupDestination destination, String startWal, Meter meter) throws IOException {
        List<Path> old;
        try (Stream<Path> list = Files.list(home.walArchive())) {
            old = list.filter(p -> p.getFileName().toString().matches("[0-9A-F]{24}"))
                    .filter(p -> p.getFileName().toString().compareTo(startWal) < 0).sorted().toList();
        }
        int removed = 0;
        for (Path segment : old) {
            Path kept = destination.wal().resolve(segment.getFileName().toString());
            if (Files.exists(kept) && Files.size(kept) == Files.size(segment)) {
                Files.delete(segment);
                removed++;
            }
        }
        if (removed > 0) {
            meter.note("removed " + removed + " WAL segment(s) older than " + startWal + " from " + home.walArchive()
                    + " (kept in " + destination.wal() + ")");
        }
    }

    private record ContentCopy(List<ManifestFile> files, long copied, long copiedBytes) {
    }

    private ContentCopy copyContent(BackupDestination destination, Meter meter) throws IOException {
        Path store = home.content();
        List<Path> all;
        if (Files.isDirectory(store)) {
            try (Stream<Path> tree = Files.walk(store)) {
                all = tree.filter(Files::isRegularFile)
                        .filter(p -> CONTENT_NAME.matcher(store.relativize(p).toString()).matches()).sorted().toList();
            }
        } else {
            all = List.of();
        }
        List<ManifestFile> files = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path file : all) {
            String relative = store.relativize(file).toString();
            Path there = destination.content().resolve(relative);
            if (Files.exists(there) && Files.size(there) == sizeOrZero(file)) {
                files.add(new ManifestFile(relative, Files.size(there), file.getFileName().toString()));
            } else {
                missing.add(file);
            }
        }
        meter.expect(missing.stream().mapToLong(OnlineBackup::sizeOrZero).sum(), missing.size());
        meter.phase("content: " + missing.size() + " new file(s) of " + all.size() + " in the store");
        List<String> corrupt = java.util.Collections.synchronizedList(new ArrayList<>());
        List<CopyPool.Task<Optional<FileCopy.Staged>>> copies = new ArrayList<>();
        for (Path file : missing) {
            String relative = store.relativize(file).toString();
            Path there = destination.content().resolve(relative);
            copies.add(() -> {
                long expected = sizeOrZero(file);
                Optional<FileCopy.Staged> copy = FileCopy.stage(file, there, relative, false);
                if (copy.isEmpty()) {
                    meter.skipped(expected);   // removed from the store (unreferenced) while we worked
                    return copy;
                }
                meter.done(copy.get().file().size());
                if (!copy.get().file().sha256().equals(file.getFileName().toString())) {
                    Files.delete(copy.get().temporary());
                    corrupt.add(relative);
                    meter.note("content file " + file + " does not match its name (SHA-256 "
                            + copy.get().file().sha256() + "): damaged in the store, not copied");
                    return Optional.empty();
                }
                return copy;
            });
        }
        Files.createDirectories(destination.content());
        List<ManifestFile> copiedFiles = CopyPool.runDurably(copies, destination.content(), true);
        files.addAll(copiedFiles);
        long copied = copiedFiles.size();
        long copiedBytes = copiedFiles.stream().mapToLong(ManifestFile::size).sum();
        if (!corrupt.isEmpty()) {
            throw new IllegalStateException(corrupt.size() + " content file(s) in " + store
                    + " do not match their SHA-256 (e.g. " + corrupt.getFirst() + "); the backup is incomplete");
        }
        files.sort(java.util.Comparator.comparing(ManifestFile::path));
        return new ContentCopy(files, copied, copiedBytes);
    }

    private List<ManifestFile> copyConfiguration(Path target, Meter meter) throws IOException {
        List<Path> files = home.configurationFiles();
        meter.expect(files.stream().mapToLong(p -> sizeOrZero(home.home().resolve(p))).sum(), files.size());
        meter.phase("configuration: " + files.size() + " file(s) (logins, passwords, audit checkpoints)");
        List<ManifestFile> copied = new ArrayList<>();
        for (Path file : files) {
            Path source = home.home().resolve(file);
            long expected = sizeOrZero(source);
            Optional<ManifestFile> copy = FileCopy.copy(source, target.resolve(file.toString()), file.toString(),
                    false);
            if (copy.isPresent()) {
                copied.add(copy.get());
                meter.skipped(expected);
                meter.expect(copy.get().size(), 1);
                meter.done(copy.get().size());
            } else {
                meter.skipped(expected);
            }
        }
        return copied;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            String value = rs.getString(1);
            return value == null ? "" : value;
        }
    }

    private static String single(PreparedStatement sql) throws SQLException {
        try (ResultSet rs = sql.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long treeSize(Path root) throws IOException {
        return liveTree(root).stream().filter(Files::isRegularFile).mapToLong(OnlineBackup::sizeOrZero).sum();
    }

    private static long treeFiles(Path root) throws IOException {
        return liveTree(root).stream().filter(Files::isRegularFile).count();
    }

    static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
