package org.daftar.ocr.recordroom;

import java.util.UUID;

/** One physical file in the record-room register, with the number of scans attached to it. */
public record RegisterEntry(UUID id, String legacyNumber, String subject, Long year, String section, String retention,
                            String room, String rack, String shelf, String box, String reviewDue, long scans) {
}
