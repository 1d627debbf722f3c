package org.daftar.repository.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether a process still runs. {@link ProcessHandle#isAlive()} counts zombies as alive, and a postmaster whose
 * parent (pg_ctl) has exited is re-parented to pid 1, which in some containers never reaps it: so a postmaster
 * that stopped can stay a zombie for good. On Linux the state in {@code /proc/<pid>/stat} tells them apart.
 */
final class ProcessState {

    private ProcessState() {
    }

    static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessState::running).orElse(false);
    }

    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        return !"Z".equals(state(process.pid()).orElse("?"));
    }

    /** Waits until the process has ended (or become a zombie); returns whether it did within {@code timeout}. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** The state letter after the command name in {@code /proc/<pid>/stat} (the name may hold spaces). */
    private static Optional<String> state(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String rest = stat.substring(stat.lastIndexOf(')') + 1).strip();
            return rest.isEmpty() ? Optional.empty() : Optional.of(rest.substring(0, 1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
