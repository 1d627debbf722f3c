package org.daftar.repository.audit;

/**
 * One thing audit verification found wrong, as one readable line ({@link #message()}).
 *
 * @param kind     what was found
 * @param eventId  the audit event concerned, if one can be named
 * @param position the chain position concerned (1 = first link), if any
 * @param message  one line for people: what, which event, and what it means
 */
public record AuditFinding(Kind kind, Long eventId, Long position, String message) {

    /** What verification can find. */
    public enum Kind {
        /** An event's content no longer matches its link: it was edited. */
        EDITED,
        /** A link names an event that is gone. */
        DELETED,
        /** An event without a link: written past the chain (triggers disabled). */
        INSERTED,
        /** Two events hold each other's content. */
        REORDERED,
        /** Links missing, or a link that does not follow the one before it. */
        LINK_BROKEN,
        /** The chain head disagrees with the last link. */
        HEAD,
        /** A checkpoint that no longer matches the chain. */
        CHECKPOINT,
        /** A checkpoint line that is unsigned, badly signed, out of order or unreadable. */
        CHECKPOINT_FILE
    }

    @Override
    public String toString() {
        return message;
    }
}
