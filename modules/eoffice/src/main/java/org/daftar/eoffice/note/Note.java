package org.daftar.eoffice.note;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A note of a file's notesheet.
 *
 * @param paragraph      its paragraph number, running through the whole notesheet
 * @param correspondence pages of the correspondence it refers to, e.g. {@code 4/c}
 * @param text           what it says
 */
public record Note(UUID id, UUID fileId, int paragraph, long authorPost, NoteState state, Instant createdAt,
                   List<String> correspondence, String text) {
}
