package org.daftar.eoffice.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.RuleViolationException;
import org.daftar.repository.node.NodeChange;
import org.daftar.eoffice.access.EofficeReadAccess;
import org.daftar.repository.node.NodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code eo_item} table: files and receipts with their holder. Also records the desks that ever held an item
 * (what read access is computed from) and touches the item's node when its whereabouts change, so that anything
 * watching nodes (the search indexer) sees the change.
 */
public final class Items {

    private final JdbcClient jdbc;
    private final NodeStore nodes;
    private final EofficeReadAccess access;

    public Items(JdbcClient jdbc, NodeStore nodes, EofficeReadAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.nodes = nodes;
    }

    /** Records a new item held by its creating desk. Call inside the creating transaction. */
    public void insert(Item item) {
        jdbc.sql("""
                        INSERT INTO eo_item (node_id, kind, office_id, section_id, number, computer_number, subject, grading,
                            vip, created_by_post, created_at, holder_post, held_since, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Active')""")
                .params(item.nodeId(), item.kind().name(), item.officeId(), item.sectionId(), item.number(),
                        item.computerNumber(), item.subject(), item.grading().name(), item.vip(), item.createdByPost(),
                        Timestamp.from(item.createdAt()), item.holderPost(), Timestamp.from(item.createdAt()))
                .update();
        addDesk(item.nodeId(), item.holderPost());
    }

    /** Records that a desk created or held an item (idempotent). */
    public void addDesk(UUID itemId, long postId) {
        jdbc.sql("INSERT INTO eo_item_desk (item_id, post_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(itemId, postId).update();
    }

    public Optional<Item> find(UUID id) {
        return jdbc.sql("SELECT * FROM eo_item WHERE node_id = ?").param(id).query(Items::item).optional();
    }

    /** The item, which must be of {@code kind}. */
    public Item require(UUID id, ItemKind kind) {
        return find(id).filter(i -> i.kind() == kind)
                .orElseThrow(() -> new EofficeNotFoundException(kind.label(), id));
    }

    /**
     * The item for an action by {@code username}: one the user may not read is answered as missing, before anything
     * about it (its holder, its state) can show in a refusal.
     */
    public Item require(UUID id, ItemKind kind, String username) {
        access.requireReadable(username, id, kind.label());
        return require(id, kind);
    }

    /** {@link #lock(UUID, ItemKind)} for an action by {@code username}, refused as missing when unreadable. */
    public Item lock(UUID id, ItemKind kind, String username) {
        access.requireReadable(username, id, kind.label());
        return lock(id, kind);
    }

    /** The item with its row locked until the transaction ends. */
    public Item lock(UUID id, ItemKind kind) {
        return jdbc.sql("SELECT * FROM eo_item WHERE node_id = ? FOR UPDATE").param(id).query(Items::item).optional()
                .filter(i -> i.kind() == kind)
                .orElseThrow(() -> new EofficeNotFoundException(kind.label(), id));
    }

    /** Refuses unless {@code desk} holds the item now; the refusal names the holder. */
    public static void requireHolder(Item item, ActingDesk desk, String action) {
        if (item.holderPost() != desk.postId()) {
            throw new RuleViolationException(item.label() + " is held by post " + item.holderPost()
                    + ", not by post " + desk.postId() + "; only the holding desk may " + action,
                    Map.of("holderPostId", item.holderPost()));
        }
    }

    /**
     * Hands the item to {@code toPost} if {@code fromPost} still holds it; false if another transaction moved it
     * first. The conditional update is what makes two concurrent sends safe.
     */
    public boolean changeHolder(UUID id, long fromPost, long toPost, Instant at, java.time.LocalDate due) {
        return jdbc.sql("""
                        UPDATE eo_item SET holder_post = ?, held_since = ?, due_date = ?,
                            first_moved_at = coalesce(first_moved_at, ?)
                        WHERE node_id = ? AND holder_post = ? AND status = 'Active'""")
                .params(toPost, Timestamp.from(at), due, Timestamp.from(at), id, fromPost).update() == 1;
    }

    /** Sets the status (and closing time) of an item. */
    public void setStatus(UUID id, ItemStatus status, Instant at) {
        jdbc.sql("UPDATE eo_item SET status = ?, closed_at = ? WHERE node_id = ?")
                .params(status.name(), status instanceof ItemStatus.Closed ? Timestamp.from(at) : null, id).update();
    }

    /** The current holder of an item. */
    public long holder(UUID id) {
        return jdbc.sql("SELECT holder_post FROM eo_item WHERE node_id = ?").param(id).query(Long.class).single();
    }

    /**
     * Marks the item's node changed, mirroring its status into the node's status property, so that node watchers
     * (search indexing reads {@code ReadAccess.readers}) pick up the new readers.
     */
    public void touch(Item item, ItemStatus status, String username) {
        nodes.update(item.nodeId(), NodeChange.properties(Map.of(item.kind().statusProperty(), status.name())), username);
    }

    /**
     * Marks the item's node changed when only its readers changed (a send to a desk it had not visited): one cheap
     * statement instead of a property update, since nothing on the node itself differs.
     */
    public void readersChanged(UUID nodeId, String username) {
        nodes.touch(nodeId, username);
    }

    static Item item(ResultSet rs, int row) throws SQLException {
        long computer = rs.getLong("computer_number");
        Long computerNumber = rs.wasNull() ? null : computer;
        java.sql.Date due = rs.getDate("due_date");
        return new Item(rs.getObject("node_id", UUID.class), ItemKind.valueOf(rs.getString("kind")),
                rs.getLong("office_id"), rs.getLong("section_id"), rs.getString("number"), computerNumber,
                rs.getString("subject"), Grading.valueOf(rs.getString("grading")), rs.getBoolean("vip"),
                rs.getLong("created_by_post"), instant(rs, "created_at"), rs.getLong("holder_post"),
                instant(rs, "held_since"), due == null ? null : due.toLocalDate(),
                ItemStatus.parse(rs.getString("status")), instant(rs, "closed_at"),
                rs.getObject("in_file", UUID.class), instant(rs, "first_moved_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
