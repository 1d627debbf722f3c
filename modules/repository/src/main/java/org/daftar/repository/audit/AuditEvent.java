package org.daftar.repository.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One recorded change: who did what to which node, when, with details such as changed properties. */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, UUID nodeId, Map<String, Object> details) {
}
