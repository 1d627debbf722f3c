package org.daftar.repository.node;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.daftar.repository.content.ContentInfo;
import org.daftar.repository.property.PropertyJson;
import org.daftar.repository.version.VersionHistory;
import org.springframework.jdbc.core.RowMapper;

/** Reads a {@code node} row into a {@link Node}: the one mapping of the table, for the repository and for modules that query it. */
public final class NodeRowMapper implements RowMapper<Node> {

    private final PropertyJson json = new PropertyJson();

    @Override
    public Node mapRow(ResultSet rs, int row) throws SQLException {
        String hash = rs.getString("content_hash");
        return new Node(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class), rs.getString("name"),
                rs.getString("type"), rs.getBoolean("is_folder"), VersionHistory.strings(rs.getArray("aspects")),
                json.read(rs.getString("properties")),
                hash == null ? null : new ContentInfo(hash, rs.getLong("content_size"), rs.getString("mime_type")),
                rs.getString("version_label"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("modified_at").toInstant(), rs.getString("modified_by"));
    }
}
