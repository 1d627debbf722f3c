package org.daftar.repository.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs file copies a few at a time (hashing takes a core; reading and writing wait for the disk), and forces many
 * small files to disk together rather than one fsync each, which on this machine's disk cost about 1 ms a file.
 * Results come back in the order of the tasks.
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

    /** Files staged between two flushes to disk. */
    static final int BATCH = 2_000;

    /**
     * Runs copies that stage their files ({@link FileCopy#stage} without forcing), then, a batch at a time, forces
     * the batch to disk at once and renames its files into place.
     *
     * @param root    a directory on the filesystem the copies go to
     * @param replace whether the renames replace existing targets
     * @return the files placed, in the order of the tasks
     */
    static List<ManifestFile> runDurably(List<Task<Optional<FileCopy.Staged>>> tasks, Path root, boolean replace)
            throws IOException {
        List<ManifestFile> placed = new ArrayList<>(tasks.size());
        for (int from = 0; from < tasks.size(); from += BATCH) {
            List<FileCopy.Staged> staged = run(tasks.subList(from, Math.min(tasks.size(), from + BATCH))).stream()
                    .flatMap(Optional::stream).toList();
            try {
                FileCopy.sync(root, staged);
                Set<Path> directories = new HashSet<>();
                for (FileCopy.Staged copy : staged) {
                    FileCopy.place(copy, replace);
                    placed.add(copy.file());
                    directories.add(copy.target().getParent());
                }
                directories.forEach(FileCopy::syncDirectory);
            } finally {
                for (FileCopy.Staged copy : staged) {
                    Files.deleteIfExists(copy.temporary());
                }
            }
        }
        return placed;
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
