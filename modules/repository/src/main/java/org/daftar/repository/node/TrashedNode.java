package org.daftar.repository.node;

import java.time.Instant;

/** A node deleted to the trash, restorable with its descendants. */
public record TrashedNode(Node node, Instant deletedAt, String deletedBy) {
}
