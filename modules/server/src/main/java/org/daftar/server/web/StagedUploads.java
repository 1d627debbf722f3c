package org.daftar.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.daftar.ocr.recordroom.ImportProgress;
import org.daftar.ocr.recordroom.RecordRoomImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes record-room uploads staged under {@code imports/uploads/} once they are no longer needed: the scans of a
 * finished run are in the content store, so its staged copy (needed only to resume an interrupted run) goes after
 * {@code daftar.record-room.upload.keep-finished}; an upload that never became a run (the process stopped while it
 * came in) goes when it has not changed for that long. A running import's upload is never touched. Checked at start
 * and every hour.
 */
public final class StagedUploads implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StagedUploads.class);

    private final Path uploads;
    private final RecordRoomImport imports;
    private final Duration keepFinished;
    private final Clock clock;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "staged-upload-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    public StagedUploads(Path uploads, RecordRoomImport imports, Duration keepFinished, Clock clock) {
        this.uploads = uploads;
        this.imports = imports;
        this.keepFinished = keepFinished;
        this.clock = clock;
    }

    /** Starts the hourly check (the first at once). */
    public StagedUploads start() {
        schedule.scheduleWithFixedDelay(() -> {
            try {
                removeFinished();
            } catch (RuntimeException e) {
                log.warn("Could not clean staged record-room uploads in {}", uploads, e);
            }
        }, 0, 1, TimeUnit.HOURS);
        return this;
    }

    /** Removes what is no longer needed and returns the upload directories removed. */
    public List<Path> removeFinished() {
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        Instant before = clock.instant().minus(keepFinished);
        try (Stream<Path> uploadDirectories = Files.list(uploads)) {
            List<Path> removable = uploadDirectories.filter(Files::isDirectory).filter(d -> removable(d, before)).toList();
            removable.forEach(ImportStaging::deleteTree);
            if (!removable.isEmpty()) {
                log.info("Removed {} staged record-room upload(s) no longer needed", removable.size());
            }
            return removable;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One upload directory holds one batch folder, the path its run was started from. */
    private boolean removable(Path upload, Instant before) {
        try (Stream<Path> batches = Files.list(upload)) {
            List<Path> batchFolders = batches.toList();
            for (Path batch : batchFolders) {
                Optional<ImportProgress> run = imports.lastRunFrom(batch.toString());
                if (run.isPresent()) {
                    ImportProgress progress = run.get();
                    if (progress.state().equals("running") || progress.finishedAt() == null
                            || progress.finishedAt().isAfter(before)) {
                        return false;
                    }
                } else if (lastChange(batch).isAfter(before)) {
                    return false;
                }
            }
            return batchFolders.isEmpty() ? lastChange(upload).isBefore(before) : true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest modification time of anything under {@code path}: an upload still arriving keeps changing it. */
    private static Instant lastChange(Path path) throws IOException {
        try (Stream<Path> all = Files.walk(path)) {
            return all.map(p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    return FileTime.fromMillis(Long.MAX_VALUE);
                }
            }).max(FileTime::compareTo).orElseThrow().toInstant();
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
