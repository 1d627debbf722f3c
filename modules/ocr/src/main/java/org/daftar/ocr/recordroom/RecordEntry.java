package org.daftar.ocr.recordroom;

import java.nio.file.Path;
import java.util.List;

/**
 * One physical file to import: its register details and its scans.
 *
 * @param retention A, B or C-n (C-1 … C-10)
 * @param problem   why the entry cannot be imported (a bad manifest row), or {@code null}
 */
public record RecordEntry(String legacyNumber, String subject, Integer year, String section, String retention,
                          String room, String rack, String shelf, String box, List<Path> scans, String problem) {

    public RecordEntry {
        scans = List.copyOf(scans);
    }
}
