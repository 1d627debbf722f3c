package org.daftar.ocr.recordroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.ingest.IncomingDocument;
import org.daftar.ocr.ingest.IngestOutcome;
import org.daftar.ocr.ingest.Ingestion;
import org.daftar.ocr.queue.OcrMode;
import org.daftar.repository.node.NodeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports a record room's scans from a server-side folder tree or CSV manifest, one file at a time on a background
 * thread, each through the common {@link Ingestion}. A run that stopped (crash, shutdown) is resumed on the next
 * start and skips the files it already reported; a new run over the same folder skips every file already stored
 * (by content hash), so nothing is created twice.
 */
public final class RecordRoomImport implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RecordRoomImport.class);

    private final Ingestion ingestion;
    private final EngineSettings engine;
    private final RecordFiles records;
    private final ImportRuns runs;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("record-room-import").daemon(true).factory());

    public RecordRoomImport(NodeStore nodes, JdbcClient jdbc, Ingestion ingestion, EngineSettings engine) {
        this.ingestion = ingestion;
        this.engine = engine;
        this.records = new RecordFiles(nodes);
        this.runs = new ImportRuns(jdbc);
    }

    /**
     * Checks the request and starts the import in the background.
     *
     * @param path a folder of scans or a CSV manifest on the server
     */
    public ImportProgress start(String path, String languages, OcrMode mode, String actor) {
        if (path == null || path.isBlank()) {
            throw new ImportRefusedException("'path' is required: a folder of scans or a CSV manifest on the server");
        }
        Path source = Path.of(path.strip());
        if (!source.isAbsolute()) {
            throw new ImportRefusedException("'path' must be absolute on the server, not '" + path + "'");
        }
        if (!Files.exists(source)) {
            throw new ImportRefusedException("'" + source + "' does not exist on the server");
        }
        if (!Files.isReadable(source)) {
            throw new ImportRefusedException("'" + source + "' is not readable by the server (check its permissions)");
        }
        if (Files.isRegularFile(source) && !source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new ImportRefusedException("'" + source + "' is a file but not a .csv manifest; give a folder or a manifest");
        }
        try {
            engine.requireInstalled(languages);
        } catch (IllegalArgumentException e) {
            throw new ImportRefusedException(e.getMessage());
        }
        long id = runs.create(source.toString(), languages, mode.code(), actor);
        executor.submit(() -> execute(id));
        return runs.progress(id);
    }

    /** Resumes runs that were going when the server stopped. */
    public void resumeUnfinished() {
        for (long id : runs.unfinished()) {
            log.info("Resuming record-room import {}", id);
            executor.submit(() -> execute(id));
        }
    }

    /** The newest run started from {@code path} (as given to {@link #start}), if there was one. */
    public java.util.Optional<ImportProgress> lastRunFrom(String path) {
        return runs.lastFrom(path).map(runs::progress);
    }

    public ImportProgress progress(long id) {
        return runs.progress(id);
    }

    /** The run's report, optionally only one outcome (imported, duplicate, failed). */
    public List<ImportItem> items(long id, String outcome) {
        return runs.items(id, outcome);
    }

    private void execute(long id) {
        ImportRuns.Run run = runs.run(id);
        try {
            Path source = Path.of(run.path());
            List<RecordEntry> entries = entries(source);
            runs.setTotal(id, entries.stream().mapToInt(e -> e.problem() != null ? 1 : e.scans().size()).sum());
            Set<String> done = runs.donePaths(id);
            for (RecordEntry entry : entries) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                importEntry(run, entry, done);
            }
            runs.finish(id, null);
            log.info("Record-room import {} took in all files of {}", id, run.path());
        } catch (RuntimeException e) {
            log.warn("Record-room import {} failed: {}", id, e.getMessage());
            runs.finish(id, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static List<RecordEntry> entries(Path source) {
        if (Files.isRegularFile(source)) {
            return new ManifestReader().read(source);
        }
        Path manifest = source.resolve("manifest.csv");
        return Files.isRegularFile(manifest) ? new ManifestReader().read(manifest) : new FolderLayout().read(source);
    }

    private void importEntry(ImportRuns.Run run, RecordEntry entry, Set<String> done) {
        if (entry.problem() != null) {
            String key = run.path() + "#" + entry.legacyNumber();
            if (!done.contains(key)) {
                runs.record(run.id(), key, "failed", entry.problem(), null, null, null, null);
            }
            return;
        }
        UUID record;
        try {
            record = records.recordFor(entry, run.createdBy());
        } catch (RuntimeException e) {
            for (Path scan : entry.scans()) {
                if (!done.contains(scan.toString())) {
                    runs.record(run.id(), scan.toString(), "failed", "record '" + entry.legacyNumber()
                            + "' could not be created: " + e.getMessage(), null, null, null, null);
                }
            }
            return;
        }
        for (Path scan : entry.scans()) {
            if (!done.contains(scan.toString())) {
                importScan(run, record, scan);
            }
        }
    }

    private void importScan(ImportRuns.Run run, UUID record, Path scan) {
        String path = scan.toString();
        try {
            IngestOutcome outcome = ingestion.ingest(new IncomingDocument(IncomingDocument.Source.IMPORT, scan,
                    scan.getFileName().toString(), record, Map.of(), run.languages(), OcrMode.parse(run.mode()),
                    run.createdBy()));
            switch (outcome) {
                case IngestOutcome.Stored s -> runs.record(run.id(), path, "imported", null, s.nodeId(), record,
                        s.pages(), s.contentHash());
                case IngestOutcome.Duplicate d -> runs.record(run.id(), path, "duplicate",
                        "already stored as " + d.existingNodeId(), d.existingNodeId(), record, null, d.contentHash());
                case IngestOutcome.Refused r -> runs.record(run.id(), path, "failed", r.reason(), null, record, null, null);
            }
        } catch (RuntimeException e) {
            log.warn("Import of {} failed", path, e);
            runs.record(run.id(), path, "failed", e.getMessage() == null ? e.toString() : e.getMessage(), null, record,
                    null, null);
        }
    }

    /** Stops after the file in hand; an unfinished run resumes on the next start. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
