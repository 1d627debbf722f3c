package org.daftar.cmis.versioning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.chemistry.opencmis.commons.exceptions.CmisVersioningException;
import org.daftar.repository.property.PropertyJson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code cmis_checkout} table: which documents are checked out, by whom, with which pending changes. */
public final class CheckOuts {

    private final JdbcClient jdbc;
    private final PropertyJson json = new PropertyJson();

    public CheckOuts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CheckOut> find(UUID nodeId) {
        return jdbc.sql("SELECT * FROM cmis_checkout WHERE node_id = ?").param(nodeId).query(this::row).optional();
    }

    /** The check-outs among {@code nodeIds}, by node id: one query for a whole page of objects. */
    public Map<UUID, CheckOut> findAll(Collection<UUID> nodeIds) {
        if (nodeIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CheckOut> found = new HashMap<>();
        jdbc.sql("SELECT * FROM cmis_checkout WHERE node_id = ANY(?)").param(nodeIds.toArray(UUID[]::new))
                .query(this::row).list().forEach(checkOut -> found.put(checkOut.nodeId(), checkOut));
        return found;
    }

    /** Checks a document out; refused if it already is. */
    public CheckOut checkOut(UUID nodeId, String user) {
        try {
            jdbc.sql("INSERT INTO cmis_checkout (node_id, checked_out_by) VALUES (?, ?)").params(nodeId, user).update();
        } catch (DuplicateKeyException e) {
            throw new CmisVersioningException("Document '" + nodeId + "' is already checked out", e);
        }
        return find(nodeId).orElseThrow();
    }

    /** Records a change to the working copy, merged into earlier pending changes. */
    public CheckOut change(CheckOut current, String newName, Map<String, ?> properties) {
        Map<String, Object> pending = new LinkedHashMap<>(current.pendingProperties());
        pending.putAll(properties);
        jdbc.sql("""
                UPDATE cmis_checkout SET pending_name = ?, pending = CAST(? AS jsonb), modified_at = clock_timestamp()
                WHERE node_id = ?
                """).params(newName == null ? current.pendingName() : newName, json.write(pending), current.nodeId())
                .update();
        return find(current.nodeId()).orElseThrow();
    }

    /** Ends a check-out (after check-in or on cancel); returns whether there was one. */
    public boolean end(UUID nodeId) {
        return jdbc.sql("DELETE FROM cmis_checkout WHERE node_id = ?").param(nodeId).update() > 0;
    }

    public List<CheckOut> all(String user) {
        return jdbc.sql("SELECT * FROM cmis_checkout WHERE checked_out_by = ? ORDER BY checked_out_at, node_id")
                .param(user).query(this::row).list();
    }

    private CheckOut row(ResultSet rs, int row) throws SQLException {
        return new CheckOut(rs.getObject("node_id", UUID.class), rs.getString("checked_out_by"),
                rs.getTimestamp("checked_out_at").toInstant(), rs.getString("pending_name"),
                json.read(rs.getString("pending")), rs.getTimestamp("modified_at").toInstant());
    }
}
