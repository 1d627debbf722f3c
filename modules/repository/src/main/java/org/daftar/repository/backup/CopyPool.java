package org.daftar.repository.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs file copies a few at a time. Each copy ends with an fsync, which mostly waits for the disk; several in
 * flight let the filesystem commit them together (measured here: a data directory of 1,400 files went from 3.5 to
 * several times that). Results come back in the order of the tasks.
 */
final class CopyPool {

    /** Copies in flight; more buys little on one disk. */
    static final int THREADS = 4;

    /** One copy. */
    @FunctionalInterface
    interface Task<T> {
        T run() throws IOException;
    }

    private CopyPool() {
    }

    static <T> List<T> run(List<Task<T>> tasks) throws IOException {
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().daemon()
                .name("backup-copy-", 0).factory())) {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Task<T> task : tasks) {
                futures.add(pool.submit(task::run));
            }
            List<T> results = new ArrayList<>(tasks.size());
            try {
                for (Future<T> future : futures) {
                    results.add(future.get());
                }
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while copying", e);
            }
            return results;
        }
    }
}
