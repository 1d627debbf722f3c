package org.daftar.repository.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an earlier run left in a PostgreSQL data directory, found and cleared before the embedded server starts.
 *
 * <p>When the JVM that started the embedded PostgreSQL is killed ({@code kill -9}, OOM killer), the postmaster
 * keeps running (re-parented to pid 1) and keeps the data directory's {@code postmaster.pid}; a new start would
 * then fail. The zonky library holds a file lock ({@code epg-lock}) in the data directory while its server runs,
 * and the operating system drops that lock when the process dies: so if the lock is free, any postmaster still
 * running in this directory belongs to a dead server and is stopped (fast shutdown: it checkpoints and exits
 * cleanly); a pid file whose process is gone, or now is some other program, is removed.
 */
public sealed interface LeftoverPostmaster {

    /** No {@code postmaster.pid}: the last server stopped cleanly, or the directory is new. */
    record None() implements LeftoverPostmaster {
    }

    /** A postmaster left running by a server that was killed; it has been shut down cleanly. */
    record Stopped(long pid) implements LeftoverPostmaster {
    }

    /** A {@code postmaster.pid} naming a process that is not this directory's postmaster; it has been removed. */
    record StalePidFile(long pid, String reason) implements LeftoverPostmaster {
    }

    Duration STOP_WAIT = Duration.ofSeconds(60);

    /**
     * Looks at {@code dataDirectory}'s {@code postmaster.pid} and clears what a dead server left, logging one line
     * saying which. Fails fast, naming the cause, when another live process uses the directory or a leftover
     * postmaster cannot be stopped.
     */
    static LeftoverPostmaster clear(Path dataDirectory) {
        Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return new None();
        }
        requireNoLiveOwner(dataDirectory);
        List<String> lines = readLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.getFirst().strip());
        } catch (NumberFormatException e) {
            delete(pidFile);
            log.warn("Removed an unreadable postmaster.pid from {}", dataDirectory);
            return new StalePidFile(0, "unreadable");
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessState::running);
        if (process.isEmpty()) {
            removeStale(pidFile, lines, pid);
            log.warn("Removed a stale postmaster.pid from {}: PostgreSQL pid {} is not running (the last server was"
                    + " killed or the machine restarted)", dataDirectory, pid);
            return new StalePidFile(pid, "not running");
        }
        if (!isPostmasterOf(process.get(), dataDirectory)) {
            removeStale(pidFile, lines, pid);
            log.warn("Removed a stale postmaster.pid from {}: pid {} is now another program ({})", dataDirectory, pid,
                    process.get().info().command().orElse("unknown"));
            return new StalePidFile(pid, "another program");
        }
        long started = System.nanoTime();
        stop(process.get(), dataDirectory);
        log.warn("Stopped the embedded PostgreSQL (pid {}) left running in {} by a server that was killed; shut down"
                + " cleanly in {} ms", pid, dataDirectory, (System.nanoTime() - started) / 1_000_000);
        return new Stopped(pid);
    }

    /** Fails when a live process (another Daftar on the same home) holds the zonky lock of the directory. */
    private static void requireNoLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return;
            }
        } catch (OverlappingFileLockException e) {
            // held by this very JVM: fall through
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check " + lockFile, e);
        }
        throw new IllegalStateException("Cannot start embedded PostgreSQL in " + dataDirectory
                + ": another running process uses it (it holds " + lockFile
                + "); stop the other Daftar server of this DAFTAR_HOME first");
    }

    private static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres) {
            return false;
        }
        List<String> arguments = info.arguments().map(Arrays::asList).orElse(List.of());
        int d = arguments.indexOf("-D");
        if (d < 0 || d + 1 >= arguments.size()) {
            return false;
        }
        try {
            return Path.of(arguments.get(d + 1)).toRealPath().equals(dataDirectory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * SIGINT, PostgreSQL's "fast shutdown" (what {@code pg_ctl stop -m fast} sends: sessions end, a checkpoint is
     * written, the postmaster exits); SIGTERM when there is no {@code kill} command. pg_ctl itself is not used: it
     * refuses to run as root, and zonky runs the server as root inside a user namespace.
     */
    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        try {
            boolean signalled;
            try {
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                signalled = kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
            } catch (IOException e) {
                signalled = false;
            }
            if (!signalled) {
                postmaster.destroy();
            }
            if (!ProcessState.awaitExit(postmaster, STOP_WAIT)) {
                throw new IOException("still running after " + STOP_WAIT.toSeconds() + " s");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL in " + dataDirectory
                    + ": the PostgreSQL (pid " + postmaster.pid() + ") left running by an earlier server does not stop;"
                    + " stop it with: kill -INT " + postmaster.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + postmaster.pid(), e);
        }
    }

    /**
     * Removes the pid file and, when it names the same dead process, the socket lock file next to the Unix socket
     * (PostgreSQL refuses to start on that port while its pid is alive, e.g. reused by another program).
     */
    private static void removeStale(Path pidFile, List<String> lines, long pid) {
        if (lines.size() > 4 && !lines.get(3).isBlank() && !lines.get(4).isBlank()) {
            Path socketLock = Path.of(lines.get(4).strip(), ".s.PGSQL." + lines.get(3).strip() + ".lock");
            List<String> socketLines = Files.isRegularFile(socketLock) ? readLines(socketLock) : List.of();
            if (!socketLines.isEmpty() && socketLines.getFirst().strip().equals(Long.toString(pid))) {
                delete(socketLock);
            }
        }
        delete(pidFile);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + file, e);
        }
    }
}
