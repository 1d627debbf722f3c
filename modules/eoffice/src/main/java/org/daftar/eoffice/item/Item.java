package org.daftar.eoffice.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A file or receipt with its whereabouts: the one desk holding it, since when, and its status.
 *
 * @param number       the file number or diary number
 * @param inFile       for a receipt put into a file, that file
 * @param firstMovedAt when it first left its creator's desk; receipt dates freeze then
 */
public record Item(UUID nodeId, ItemKind kind, long officeId, long sectionId, String number, Long computerNumber,
                   String subject, Grading grading, boolean vip, long createdByPost, Instant createdAt, long holderPost,
                   Instant heldSince, LocalDate dueDate, ItemStatus status, Instant closedAt, UUID inFile,
                   Instant firstMovedAt) {

    /** "File A-12011/3/2020-Ad.I" or "Receipt 12/2024/COLL-SEH", for messages. */
    public String label() {
        return kind.label() + " " + number;
    }
}
