package org.daftar.search.saved;

/** A saved search that cannot be kept as asked; {@link #reason()} says why, the message says it in English. */
public class SavedSearchRefusedException extends RuntimeException {

    /** Why a save was refused. */
    public enum Reason { NAME_MISSING, NAME_TOO_LONG, NAME_TAKEN, NOTHING_TO_SAVE, QUERY_TOO_LONG, UNKNOWN_FILTER }

    private final Reason reason;

    public SavedSearchRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
