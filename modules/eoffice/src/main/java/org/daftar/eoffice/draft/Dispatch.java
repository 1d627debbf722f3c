package org.daftar.eoffice.draft;

import java.time.Instant;
import java.util.UUID;

/** An entry of an office's dispatch register. */
public record Dispatch(String dispatchNumber, UUID draftId, UUID fileId, String fileNumber, String subject,
                       String addressee, String mode, Instant dispatchedAt, long dispatchedByPost) {
}
