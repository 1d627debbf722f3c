package org.daftar.repository.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.daftar.repository.property.PropertyJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The append-only record of every change. Written in the same transaction as the change itself, so the log and
 * the data cannot disagree; the database refuses updates and deletes of its rows, and at commit links each event
 * into the tamper-evident hash chain ({@link AuditChain}), so a rewrite with triggers switched off is detected.
 */
public final class AuditLog {

    private final JdbcClient jdbc;
    private final PropertyJson json;

    public AuditLog(JdbcClient jdbc, PropertyJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Appends an event; call inside the transaction making the change. */
    public void append(String actor, AuditAction action, UUID nodeId, Map<String, ?> details) {
        jdbc.sql("INSERT INTO audit_event (actor, action, node_id, details) VALUES (?, ?, ?, CAST(? AS jsonb))")
                .params(actor, action.name(), nodeId, json.write(details))
                .update();
    }

    /** The id of the latest event, 0 when there is none. */
    public long latestId() {
        Long id = jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).optional().orElse(null);
        return id == null ? 0 : id;
    }

    /** Up to {@code max} events from id {@code fromId} on (inclusive), in id order. */
    public List<AuditEvent> from(long fromId, int max) {
        return jdbc.sql("SELECT * FROM audit_event WHERE id >= ? ORDER BY id LIMIT ?")
                .params(fromId, max)
                .query((rs, row) -> event(rs))
                .list();
    }

    /** Appends an event about an account rather than a node (failed sign-in, lock, unlock). */
    public void appendAccountEvent(String actor, AuditAction action, Map<String, ?> details) {
        append(actor, action, null, details);
    }

    /** The events of one node, oldest first. */
    public List<AuditEvent> of(UUID nodeId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE node_id = ? ORDER BY id")
                .param(nodeId)
                .query((rs, row) -> event(rs))
                .list();
    }

    private AuditEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getObject("node_id", UUID.class),
                json.read(rs.getString("details")));
    }
}
