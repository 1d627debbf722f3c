package org.daftar.repository.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.daftar.repository.property.PropertyJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The append-only record of every change. Written in the same transaction as the change itself, so the log and
 * the data cannot disagree; the database refuses updates and deletes of its rows.
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

    /** Appends an event about an account rather than a node (failed sign-in, lock, unlock). */
    public void appendAccountEvent(String actor, AuditAction action, Map<String, ?> details) {
        append(actor, action, null, details);
    }

    /** The events of one node, oldest first. */
    public List<AuditEvent> of(UUID nodeId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE node_id = ? ORDER BY id")
                .param(nodeId)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
                        rs.getObject("node_id", UUID.class), json.read(rs.getString("details"))))
                .list();
    }
}
