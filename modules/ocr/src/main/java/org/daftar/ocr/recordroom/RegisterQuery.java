package org.daftar.ocr.recordroom;

import java.time.LocalDate;

/**
 * A search of the record-room register; every criterion is optional.
 *
 * @param legacyNumber    legacy file number, or its beginning
 * @param room            exact room
 * @param rack            exact rack
 * @param shelf           exact shelf
 * @param box             exact box
 * @param retention       A, B or C-n
 * @param reviewDueBefore records whose review falls on or before this date
 */
public record RegisterQuery(String legacyNumber, String room, String rack, String shelf, String box, String retention,
                            LocalDate reviewDueBefore, int skip, int maxItems) {
}
