package org.daftar.ocr.recordroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder tree without a manifest: every folder holding files is one physical file, its legacy number (and,
 * lacking better, its subject) the folder's path below the import folder; files directly in the import folder
 * belong to a record named after that folder.
 */
final class FolderLayout {

    List<RecordEntry> read(Path root) {
        Map<Path, List<Path>> byFolder = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(f -> byFolder.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RecordEntry> entries = new ArrayList<>();
        byFolder.forEach((folder, scans) -> {
            String legacy = folder.equals(root) ? root.getFileName().toString()
                    : root.relativize(folder).toString().replace('\\', '/');
            entries.add(new RecordEntry(legacy, legacy, null, null, null, null, null, null, null, scans, null));
        });
        return entries;
    }
}
