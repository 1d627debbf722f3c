package org.daftar.repository.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Brings a data directory laid down from a base backup to a consistent, writable state by PostgreSQL's own archive
 * recovery: {@code recovery.signal}, a {@code restore_command} that reads the backup's WAL and, for a
 * point-in-time restore, {@code recovery_target_time} with {@code recovery_target_action = promote}. The settings
 * are given on the command line of this one start, so nothing of them stays in the data directory; PostgreSQL
 * removes {@code recovery.signal} itself when it promotes. Waits until recovery has ended, then stops the server.
 */
public final class ArchiveRecovery {

    private static final Duration STARTUP_WAIT = Duration.ofHours(12);
    private static final DateTimeFormatter TARGET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    /**
     * What recovery reached.
     *
     * @param lastCommit the commit time of the last transaction replayed, if any was
     * @param timeline   the timeline the server continues on
     * @param endLsn     the WAL position where replay stopped
     */
    public record Outcome(Optional<Instant> lastCommit, int timeline, String endLsn) {
    }

    private ArchiveRecovery() {
    }

    /**
     * Runs archive recovery on {@code dataDirectory} (its logins in {@code credentialsFile}) until it ends.
     *
     * @param walDirectory where the archived WAL segments are read from
     * @param target       stop replay after the last commit at or before this time; empty: replay all there is
     * @param progress     told, now and then, the commit time replay has reached
     */
    public static Outcome recover(Path dataDirectory, Path credentialsFile, Path walDirectory,
                                  Optional<OffsetDateTime> target, Consumer<String> progress) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path logFile = directory.resolveSibling(directory.getFileName() + ".log");
        if (!Files.exists(credentialsFile)) {
            throw new IllegalStateException("Cannot recover " + directory + ": its logins file " + credentialsFile
                    + " is missing");
        }
        EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(credentialsFile);
        try {
            Files.writeString(directory.resolve("recovery.signal"), "");
            String restore = "cp " + WalArchiving.shellQuoted(walDirectory.toAbsolutePath() + "/") + "%f \"%p\"";
            // a long WAL replay may take hours before the server answers
            EmbeddedPostgres.Builder builder = EmbeddedPostgresServer.builder(directory, credentials, logFile)
                    .setPGStartupWait(STARTUP_WAIT);
            WalArchiving.serverConfig(directory).forEach(builder::setServerConfig);
            builder.setServerConfig("restore_command", WalArchiving.shellQuoted(restore));
            target.ifPresent(time -> {
                builder.setServerConfig("recovery_target_time", WalArchiving.shellQuoted(TARGET.format(time)));
                builder.setServerConfig("recovery_target_action", "promote");
            });
            long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
            try (EmbeddedPostgres postgres = StartWatch.start(builder, directory, logFile, credentials.superuser())) {
                return awaitPromotion(postgres.getPort(), credentials.superuser(), logFile, logStart, progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot recover " + directory, e);
        }
    }

    private static Outcome awaitPromotion(int port, DatabaseLogin superuser, Path logFile, long logStart,
                                          Consumer<String> progress) {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        long lastReport = 0;
        while (true) {
            try (Connection connection = DatabaseMigrations.dataSource(url, superuser).getConnection();
                 Statement statement = connection.createStatement()) {
                while (true) {
                    try (ResultSet rs = statement.executeQuery("SELECT pg_is_in_recovery(),"
                            + " pg_last_xact_replay_timestamp(), pg_last_wal_replay_lsn()::text,"
                            + " (SELECT timeline_id FROM pg_control_checkpoint())")) {
                        rs.next();
                        Timestamp replayed = rs.getTimestamp(2);
                        Optional<Instant> lastCommit = Optional.ofNullable(replayed).map(Timestamp::toInstant);
                        if (!rs.getBoolean(1)) {
                            return new Outcome(lastCommit, rs.getInt(4), rs.getString(3));
                        }
                        if (System.nanoTime() - lastReport > 2_000_000_000L) {
                            progress.accept("replaying WAL: at " + rs.getString(3)
                                    + lastCommit.map(t -> ", last commit " + t).orElse(""));
                            lastReport = System.nanoTime();
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (SQLException e) {
                // the server may have ended recovery with an error (e.g. the target lies past the WAL there is)
                String failure = logFailure(logFile, logStart);
                if (failure != null) {
                    throw new IllegalStateException("Recovery failed: " + failure + " (see " + logFile + ")", e);
                }
                throw new IllegalStateException("Recovery failed: " + e.getMessage() + " (see " + logFile + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for recovery", e);
            }
        }
    }

    /** The first FATAL or PANIC line PostgreSQL logged since {@code from}, if any. */
    private static String logFailure(Path logFile, long from) {
        try {
            byte[] bytes = Files.readAllBytes(logFile);
            String text = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                    StandardCharsets.UTF_8);
            List<String> lines = text.lines().filter(l -> l.contains("FATAL") || l.contains("PANIC")).toList();
            return lines.isEmpty() ? null : lines.getFirst().strip();
        } catch (IOException e) {
            return null;
        }
    }
}
