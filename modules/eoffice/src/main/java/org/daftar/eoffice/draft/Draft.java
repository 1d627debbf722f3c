package org.daftar.eoffice.draft;

import java.time.Instant;
import java.util.UUID;

/**
 * A draft letter (DFA) in a file; its document is versioned on every edit.
 *
 * @param replyTo        the receipt it answers, if any (that receipt cannot close before this is issued)
 * @param dispatchNumber set once issued
 */
public record Draft(UUID id, UUID fileId, UUID replyTo, long authorPost, DraftStatus status, Long approvedByPost,
                    Instant approvedAt, String subject, String addressee, String version, String dispatchNumber) {
}
