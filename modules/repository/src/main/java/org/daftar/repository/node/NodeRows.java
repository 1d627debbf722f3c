package org.daftar.repository.node;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.daftar.repository.NameConflictException;
import org.daftar.repository.content.ContentInfo;
import org.daftar.repository.property.PropertyJson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL behind {@link NodeStore}: rows of the {@code node} table in and out. */
final class NodeRows {

    private static final String UNIQUE_NAME_INDEX = "node_unique_live_name";

    private final JdbcClient jdbc;
    private final PropertyJson json;
    private final NodeRowMapper mapper = new NodeRowMapper();

    NodeRows(JdbcClient jdbc, PropertyJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Node node) {
        write(node, """
                INSERT INTO node (id, parent_id, name, type, is_folder, aspects, properties, content_hash,
                                  content_size, mime_type, version_label, created_at, created_by, modified_at, modified_by)
                VALUES (:id, :parent, :name, :type, :folder, :aspects, CAST(:properties AS jsonb), :hash,
                        :size, :mime, :version, :created, :createdBy, :modified, :modifiedBy)
                """);
    }

    void update(Node node) {
        write(node, """
                UPDATE node SET name = :name, aspects = :aspects, properties = CAST(:properties AS jsonb),
                                content_hash = :hash, content_size = :size, mime_type = :mime,
                                version_label = :version, modified_at = :modified, modified_by = :modifiedBy
                WHERE id = :id AND deleted_at IS NULL
                """);
    }

    /** Stamps a live node as modified; false when there is no such live node. */
    boolean touch(UUID id, Instant at, String actor) {
        return jdbc.sql("UPDATE node SET modified_at = ?, modified_by = ? WHERE id = ? AND deleted_at IS NULL")
                .params(Timestamp.from(at), actor, id).update() == 1;
    }

    /** Runs an insert or update with every column of {@code node} as a named parameter; each statement uses what it needs. */
    private void write(Node node, String sql) {
        ContentInfo content = node.content();
        var statement = jdbc.sql(sql)
                .param("id", node.id())
                .param("parent", node.parentId())
                .param("type", node.type())
                .param("folder", node.folder())
                .param("created", Timestamp.from(node.createdAt()))
                .param("createdBy", node.createdBy())
                .param("name", node.name())
                .param("aspects", node.aspects().stream().sorted().toArray(String[]::new))
                .param("properties", json.write(node.properties()))
                .param("hash", content == null ? null : content.hash())
                .param("size", content == null ? null : content.size())
                .param("mime", content == null ? null : content.mimeType())
                .param("version", node.versionLabel())
                .param("modified", Timestamp.from(node.modifiedAt()))
                .param("modifiedBy", node.modifiedBy());
        try {
            statement.update();
        } catch (DuplicateKeyException e) {
            throw nameConflict(e, node);
        }
    }

    /** A live node, locked against concurrent change until the transaction ends. */
    Optional<Node> findLiveForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM node WHERE id = ? AND deleted_at IS NULL FOR UPDATE")
                .param(id).query(this::node).optional();
    }

    Optional<Node> findLive(UUID id) {
        return jdbc.sql("SELECT * FROM node WHERE id = ? AND deleted_at IS NULL").param(id).query(this::node).optional();
    }

    Optional<TrashedNode> findTrashRoot(UUID id) {
        return jdbc.sql("SELECT * FROM node WHERE id = ? AND trash_root = id").param(id).query(this::trashed).optional();
    }

    List<Node> children(UUID folderId, int skip, int max) {
        return jdbc.sql("""
                SELECT * FROM node WHERE parent_id = ? AND deleted_at IS NULL
                ORDER BY is_folder DESC, lower(name), id OFFSET ? LIMIT ?
                """).params(folderId, skip, max).query(this::node).list();
    }

    /** The live child of a folder with the given name (names are unique per folder, ignoring case). */
    Optional<Node> childByName(UUID folderId, String name) {
        return jdbc.sql("SELECT * FROM node WHERE parent_id = ? AND lower(name) = lower(?) AND deleted_at IS NULL")
                .params(folderId, name).query(this::node).optional();
    }

    /** Whether {@code ancestorId} is {@code id} itself or one of its (live) ancestors. */
    boolean isSelfOrAncestor(UUID ancestorId, UUID id) {
        return jdbc.sql("""
                WITH RECURSIVE up AS (
                    SELECT id, parent_id FROM node WHERE id = ?
                    UNION ALL
                    SELECT n.id, n.parent_id FROM node n JOIN up ON n.id = up.parent_id)
                SELECT count(*) FROM up WHERE id = ?
                """).params(id, ancestorId).query(Long.class).single() > 0;
    }

    void moveTo(Node node, UUID newParentId, Instant at, String actor) {
        try {
            jdbc.sql("UPDATE node SET parent_id = ?, modified_at = ?, modified_by = ? WHERE id = ? AND deleted_at IS NULL")
                    .params(newParentId, Timestamp.from(at), actor, node.id()).update();
        } catch (DuplicateKeyException e) {
            throw nameConflict(e, new Node(node.id(), newParentId, node.name(), node.type(), node.folder(),
                    node.aspects(), node.properties(), node.content(), node.versionLabel(), node.createdAt(),
                    node.createdBy(), at, actor));
        }
    }

    long countChildren(UUID folderId) {
        return jdbc.sql("SELECT count(*) FROM node WHERE parent_id = ? AND deleted_at IS NULL")
                .param(folderId).query(Long.class).single();
    }

    /** Moves a node and its live descendants to the trash under one trash root; returns how many. */
    int trash(UUID id, Instant at, String actor) {
        return jdbc.sql("""
                WITH RECURSIVE subtree AS (
                    SELECT id FROM node WHERE id = :id AND deleted_at IS NULL
                    UNION ALL
                    SELECT n.id FROM node n JOIN subtree s ON n.parent_id = s.id WHERE n.deleted_at IS NULL)
                UPDATE node SET deleted_at = :at, deleted_by = :actor, trash_root = :id
                WHERE id IN (SELECT id FROM subtree)
                """).param("id", id).param("at", Timestamp.from(at)).param("actor", actor).update();
    }

    /** Brings back everything deleted together with {@code id}; returns how many. */
    int restore(Node root) {
        try {
            return jdbc.sql("UPDATE node SET deleted_at = NULL, deleted_by = NULL, trash_root = NULL WHERE trash_root = ?")
                    .param(root.id()).update();
        } catch (DuplicateKeyException e) {
            throw nameConflict(e, root);
        }
    }

    List<TrashedNode> trashRoots(int skip, int max) {
        return jdbc.sql("SELECT * FROM node WHERE trash_root = id ORDER BY deleted_at DESC, id OFFSET ? LIMIT ?")
                .params(skip, max).query(this::trashed).list();
    }

    /** The live nodes below {@code id} (not {@code id} itself), parents before their children. */
    List<Node> liveDescendants(UUID id) {
        return jdbc.sql("""
                WITH RECURSIVE subtree AS (
                    SELECT id, 0 AS depth FROM node WHERE id = ? AND deleted_at IS NULL
                    UNION ALL
                    SELECT n.id, s.depth + 1 FROM node n JOIN subtree s ON n.parent_id = s.id WHERE n.deleted_at IS NULL)
                SELECT n.* FROM subtree s JOIN node n ON n.id = s.id WHERE s.depth > 0 ORDER BY s.depth, n.id
                """).param(id).query(this::node).list();
    }

    /** Live nodes matching a condition over the row aliased {@code n}, in {@code orderBy} order, one page. */
    List<Node> select(String where, List<Object> parameters, String orderBy, int skip, int max) {
        List<Object> all = new java.util.ArrayList<>(parameters);
        all.add(skip);
        all.add(max);
        return jdbc.sql("SELECT n.* FROM node n WHERE n.deleted_at IS NULL AND (" + where + ") ORDER BY " + orderBy
                + " OFFSET ? LIMIT ?").params(all).query(this::node).list();
    }

    /** How many live nodes match a condition over the row aliased {@code n}. */
    long count(String where, List<Object> parameters) {
        return jdbc.sql("SELECT count(*) FROM node n WHERE n.deleted_at IS NULL AND (" + where + ")").params(parameters)
                .query(Long.class).single();
    }

    /** The live children of each folder that have the given type, counted per folder (folders without any left out). */
    java.util.Map<UUID, Long> countChildrenOfType(java.util.Collection<UUID> folderIds, String type) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT parent_id, count(*) AS children FROM node
                WHERE parent_id = ANY(?) AND type = ? AND deleted_at IS NULL GROUP BY parent_id""")
                .params(folderIds.toArray(UUID[]::new), type)
                .query((rs, n) -> counts.put(rs.getObject("parent_id", UUID.class), rs.getLong("children")))
                .list();
        return counts;
    }

    /** The oldest live node of a type whose first version (1.0) had the content with this SHA-256. */
    Optional<Node> firstWithOriginalContent(String contentHash, String type) {
        return jdbc.sql("""
                SELECT n.* FROM node n JOIN node_version v ON v.node_id = n.id AND v.major = 1 AND v.minor = 0
                WHERE v.content_hash = ? AND n.type = ? AND n.deleted_at IS NULL
                ORDER BY n.created_at LIMIT 1
                """).params(contentHash, type).query(this::node).optional();
    }

    /** Ids of the live nodes other than the root, in id order after {@code after}: for walking the whole repository. */
    List<UUID> liveIdsAfter(UUID after, int max) {
        return jdbc.sql("""
                SELECT id FROM node WHERE deleted_at IS NULL AND parent_id IS NOT NULL AND id > ?
                ORDER BY id LIMIT ?
                """).params(after, max).query(UUID.class).list();
    }

    /** How many live nodes there are besides the root. */
    long countLive() {
        return jdbc.sql("SELECT count(*) FROM node WHERE deleted_at IS NULL AND parent_id IS NOT NULL")
                .query(Long.class).single();
    }

    long countTrashRoots() {
        return jdbc.sql("SELECT count(*) FROM node WHERE trash_root = id").query(Long.class).single();
    }

    private RuntimeException nameConflict(DuplicateKeyException e, Node node) {
        String message = String.valueOf(e.getMessage());
        if (message.contains(UNIQUE_NAME_INDEX)) {
            return new NameConflictException(node.name(), String.valueOf(node.parentId()));
        }
        return e;
    }

    private TrashedNode trashed(ResultSet rs, int row) throws SQLException {
        return new TrashedNode(node(rs, row), rs.getTimestamp("deleted_at").toInstant(), rs.getString("deleted_by"));
    }

    private Node node(ResultSet rs, int row) throws SQLException {
        return mapper.mapRow(rs, row);
    }
}
