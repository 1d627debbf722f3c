package org.daftar.repository.version;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.daftar.repository.content.ContentInfo;
import org.daftar.repository.property.PropertyJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Version rows of documents: recorded once, never changed. */
public final class VersionHistory {

    private final JdbcClient jdbc;
    private final PropertyJson json;

    public VersionHistory(JdbcClient jdbc, PropertyJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a version; call inside the transaction that changes the node. */
    public void record(Version version) {
        jdbc.sql("""
                INSERT INTO node_version (node_id, major, minor, type, aspects, name, properties,
                                          content_hash, content_size, mime_type, comment, created_at, created_by)
                VALUES (:node, :major, :minor, :type, :aspects, :name, CAST(:properties AS jsonb),
                        :hash, :size, :mime, :comment, :at, :by)
                """)
                .param("node", version.nodeId())
                .param("major", version.label().major())
                .param("minor", version.label().minor())
                .param("type", version.type())
                .param("aspects", version.aspects().toArray(String[]::new))
                .param("name", version.name())
                .param("properties", json.write(version.properties()))
                .param("hash", version.content() == null ? null : version.content().hash())
                .param("size", version.content() == null ? null : version.content().size())
                .param("mime", version.content() == null ? null : version.content().mimeType())
                .param("comment", version.comment())
                .param("at", Timestamp.from(version.createdAt()))
                .param("by", version.createdBy())
                .update();
    }

    /** All versions of a document, newest first. */
    public List<Version> of(UUID nodeId) {
        return jdbc.sql("SELECT * FROM node_version WHERE node_id = ? ORDER BY major DESC, minor DESC")
                .param(nodeId).query(this::map).list();
    }

    public Optional<Version> find(UUID nodeId, VersionLabel label) {
        return jdbc.sql("SELECT * FROM node_version WHERE node_id = ? AND major = ? AND minor = ?")
                .params(nodeId, label.major(), label.minor()).query(this::map).optional();
    }

    private Version map(ResultSet rs, int row) throws SQLException {
        String hash = rs.getString("content_hash");
        return new Version(rs.getObject("node_id", UUID.class),
                new VersionLabel(rs.getInt("major"), rs.getInt("minor")),
                rs.getString("type"),
                strings(rs.getArray("aspects")),
                rs.getString("name"),
                json.read(rs.getString("properties")),
                hash == null ? null : new ContentInfo(hash, rs.getLong("content_size"), rs.getString("mime_type")),
                rs.getString("comment"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    /** Reads a {@code text[]} column. */
    public static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : new LinkedHashSet<>(List.of((String[]) array.getArray()));
    }
}
