package org.daftar.server.eoffice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.daftar.eoffice.note.Note;
import org.daftar.eoffice.note.NoteState;

/** A note as the API shows it: {@code state} is {@code Yellow} or {@code Green}. */
public record NoteView(UUID id, UUID fileId, int paragraph, long authorPost, String state, Instant confirmedAt,
                       Instant createdAt, List<String> correspondence, String text) {

    static NoteView of(Note note) {
        Instant confirmed = note.state() instanceof NoteState.Green green ? green.confirmedAt() : null;
        return new NoteView(note.id(), note.fileId(), note.paragraph(), note.authorPost(), note.state().name(), confirmed,
                note.createdAt(), note.correspondence(), note.text());
    }
}
