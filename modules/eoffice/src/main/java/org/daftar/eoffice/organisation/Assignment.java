package org.daftar.eoffice.organisation;

import java.time.Instant;

/** A user on a post for a period; {@code until} is {@code null} while it lasts. */
public record Assignment(long id, long postId, String username, Instant from, Instant until, boolean isDefault) {
}
