package org.daftar.eoffice.note;

import java.time.Instant;
import org.daftar.eoffice.RuleViolationException;

/**
 * A note is yellow (a draft its author may edit, discard or confirm) until confirmed green (permanent: any change is
 * refused, in code and by a database trigger).
 */
public sealed interface NoteState {

    /** The stored name. */
    String name();

    /** Refuses any change to a green note. */
    void requireEditable(String note);

    record Yellow() implements NoteState {
        public String name() {
            return "Yellow";
        }

        public void requireEditable(String note) {
        }
    }

    record Green(Instant confirmedAt) implements NoteState {
        public String name() {
            return "Green";
        }

        public void requireEditable(String note) {
            throw new RuleViolationException(note + " is a green note, confirmed at " + confirmedAt
                    + "; green notes cannot be edited, discarded or confirmed again — write a new note instead");
        }
    }
}
