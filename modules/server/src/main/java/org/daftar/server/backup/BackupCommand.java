package org.daftar.server.backup;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daftar.repository.backup.BackupDestination;
import org.daftar.repository.backup.BackupManifest;
import org.daftar.repository.backup.ContentVerification;
import org.daftar.repository.backup.HomeLayout;
import org.daftar.repository.backup.OnlineBackup;
import org.daftar.repository.backup.PointInTimeRestore;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.database.RunningEmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup tool behind {@code scripts/daftar backup DEST} and {@code scripts/daftar restore SRC [--to TIME]}.
 *
 * <p>Why a command in a JVM of its own rather than an admin endpoint of the server: a restore has no server to
 * talk to (its home is empty), and backup and restore should be one tool; the backup reaches the running embedded
 * PostgreSQL directly as its superuser (port from {@code postmaster.pid}, login from the 0600 credentials file — so
 * only the account that runs Daftar can back it up), needs no admin password, and takes no heap or threads from the
 * server that users are working on. When the server is not running, the backup starts the embedded PostgreSQL for
 * its own duration.
 *
 * <pre>
 * BackupCommand backup  --home HOME [--tty] DEST
 * BackupCommand restore --home HOME [--tty] [--to "2026-12-04 15:30"] SRC
 * </pre>
 * Exit codes: 0 done, 1 failed, 2 bad arguments, 4 restored but the check found missing or damaged content.
 */
public final class BackupCommand {

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private BackupCommand() {
    }

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        System.exit(run(args));
    }

    static int run(String[] args) {
        String verb = args.length > 0 ? args[0] : "";
        Path home = null;
        String to = null;
        boolean tty = false;
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--to" -> to = i + 1 < args.length ? args[++i] : "";
                case "--tty" -> tty = true;
                default -> rest.add(args[i]);
            }
        }
        if (home == null || rest.size() != 1 || !(verb.equals("backup") || verb.equals("restore"))
                || (to != null && verb.equals("backup"))) {
            System.err.println("usage: backup --home HOME DEST | restore --home HOME [--to \"YYYY-MM-DD HH:MM\"] SRC");
            return 2;
        }
        ConsoleProgress progress = new ConsoleProgress(System.out, tty);
        try {
            return verb.equals("backup")
                    ? backup(new HomeLayout(home), new BackupDestination(Path.of(rest.getFirst())), progress)
                    : restore(new HomeLayout(home), new BackupDestination(Path.of(rest.getFirst())),
                    to == null ? Optional.empty() : Optional.of(parseTime(to)), progress);
        } catch (IllegalArgumentException e) {
            progress.end();
            System.err.println("error: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            progress.end();
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int backup(HomeLayout home, BackupDestination destination, ConsoleProgress progress) {
        long started = System.nanoTime();
        Optional<RunningEmbeddedPostgres> running = RunningEmbeddedPostgres.find(home.postgres());
        BackupManifest manifest;
        if (running.isPresent()) {
            progress.note("backing up " + home.home() + " (server running; PostgreSQL on port " + running.get().port()
                    + ") to " + destination.root());
            manifest = new OnlineBackup(home, running.get().dataSource("postgres"), Clock.systemUTC())
                    .run(destination, progress);
        } else {
            if (!java.nio.file.Files.exists(home.postgres().resolve("PG_VERSION"))) {
                throw new IllegalArgumentException("no embedded PostgreSQL in " + home.postgres()
                        + " (with an external database, back it up with its own tools; see docs/operations.md)");
            }
            progress.note("backing up " + home.home() + " (server not running; starting its PostgreSQL for the backup)"
                    + " to " + destination.root());
            try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(home.postgres(), 0)) {
                manifest = new OnlineBackup(home, postgres.dataSource("postgres", postgres.superuser()),
                        Clock.systemUTC()).run(destination, progress);
            }
        }
        progress.end();
        double seconds = (System.nanoTime() - started) / 1e9;
        long dataBytes = manifest.data().stream().mapToLong(f -> f.size()).sum();
        System.out.printf("backup %s: database %d files (%s), WAL %d new segment(s), content %d new file(s) (%s) of %d,"
                        + " configuration %d file(s); %.1f s%n", manifest.id(), manifest.data().size(),
                ConsoleProgress.size(dataBytes), manifest.wal().size(), manifest.contentCopied(),
                ConsoleProgress.size(manifest.contentCopiedBytes()), manifest.content().size(),
                manifest.configuration().size(), seconds);
        System.out.printf("restorable from %s (now: up to %s); manifest %s%n", manifest.consistentFrom(),
                manifest.walUntil(), destination.backup(manifest.id()).resolve("manifest.json"));
        return 0;
    }

    private static int restore(HomeLayout home, BackupDestination source, Optional<OffsetDateTime> target,
                               ConsoleProgress progress) {
        long started = System.nanoTime();
        PointInTimeRestore.Result result = new PointInTimeRestore(source, home).run(target, progress);
        ContentVerification.Report report;
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(home.postgres(), 0)) {
            report = ContentVerification.verify(postgres.dataSource("daftar", postgres.superuser()), home.content(),
                    progress);
        }
        progress.end();
        System.out.printf("restored backup %s into %s in %.1f s: %d database file(s), %d content file(s), %s%n",
                result.backup().id(), home.home(), (System.nanoTime() - started) / 1e9, result.dataFiles(),
                result.contentFiles(), ConsoleProgress.size(result.bytes()));
        System.out.printf("recovered %s; last transaction replayed: %s%n",
                target.map(t -> "to " + t).orElse("to the end of the archived WAL"),
                result.recovery().lastCommit().map(Object::toString).orElse("none after the base backup"));
        System.out.printf("checked: %d content reference(s) in node/node_version, %d file(s) (%s) hashed:"
                        + " %d missing, %d with wrong bytes%n", report.references(), report.files(),
                ConsoleProgress.size(report.bytes()), report.missing().size(), report.mismatched().size());
        System.out.println("rows: " + report.rows());
        report.missing().stream().limit(20).forEach(h -> System.out.println("  missing content " + h));
        report.mismatched().stream().limit(20).forEach(h -> System.out.println("  wrong bytes for " + h));
        return report.ok() ? 0 : 4;
    }

    /** A time as typed ("2026-12-04 15:30", in this machine's zone) or with an offset (ISO-8601). */
    static OffsetDateTime parseTime(String text) {
        try {
            return OffsetDateTime.parse(text.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            for (DateTimeFormatter format : LOCAL_TIMES) {
                try {
                    LocalDateTime local = LocalDateTime.parse(text.strip(), format);
                    return local.atZone(ZoneId.systemDefault()).toOffsetDateTime();
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
        }
        throw new IllegalArgumentException("--to '" + text + "' is not a time; write it as \"2026-12-04 15:30\""
                + " (this machine's time zone, " + ZoneId.systemDefault() + ") or 2026-12-04T15:30:00+05:30");
    }
}
