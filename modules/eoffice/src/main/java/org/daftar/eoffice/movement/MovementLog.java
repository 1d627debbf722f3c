package org.daftar.eoffice.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.item.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code eo_movement} table: appends entries and reads an item's history. */
public final class MovementLog {

    private final JdbcClient jdbc;

    public MovementLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends one entry and returns it. */
    public Movement append(UUID itemId, MovementAction action, ActingDesk desk, String remarks, Instant at) {
        Long to = null;
        String priority = Priority.Normal.text();
        java.time.LocalDate due = null;
        if (action instanceof MovementAction.Sent sent) {
            to = sent.toPost();
            priority = sent.priority().text();
            due = sent.dueDate();
        }
        long id = jdbc.sql("""
                        INSERT INTO eo_movement (item_id, action, from_post, to_post, office_id, username, remarks,
                            priority, due_date, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(itemId, action.name(), desk.postId(), to, desk.officeId(), desk.username(), remarks, priority,
                        due, Timestamp.from(at))
                .query(Long.class).single();
        return new Movement(id, itemId, action.name(), desk.postId(), to, desk.username(), remarks, priority, due, at,
                null, null);
    }

    /**
     * Hands an item from {@code desk} to {@code sent.toPost()} and records the send, in one statement (one round trip,
     * which is what keeps sends fast): the holder changes only if {@code desk} still holds the item and it is active
     * and not inside a file; the send, the new reader desk and (for a receipt) the frozen flag are written with it.
     * Empty when the conditional update matched nothing — another transaction moved the item first.
     */
    public java.util.Optional<RecordedSend> recordSend(UUID itemId, ItemKind kind, MovementAction.Sent sent,
                                                   ActingDesk desk, String remarks, Instant at) {
        Timestamp when = Timestamp.from(at);
        return jdbc.sql("""
                        WITH next AS (SELECT nextval(pg_get_serial_sequence('eo_movement', 'id')) AS id),
                        moved AS (
                            UPDATE eo_item SET holder_post = :to, held_since = :at, due_date = :due,
                                first_moved_at = coalesce(first_moved_at, :at), last_sent_id = (SELECT id FROM next),
                                unread = true
                            WHERE node_id = :item AND kind = :kind AND holder_post = :from AND status = 'Active'
                              AND in_file IS NULL
                            RETURNING node_id, kind),
                        movement AS (
                            INSERT INTO eo_movement (id, item_id, action, from_post, to_post, office_id, username,
                                remarks, priority, due_date, at)
                            OVERRIDING SYSTEM VALUE
                            SELECT (SELECT id FROM next), node_id, 'Sent', :from, :to, :office, :username, :remarks,
                                :priority, :due, :at FROM moved
                            RETURNING id),
                        reader AS (
                            INSERT INTO eo_item_desk (item_id, post_id) SELECT node_id, :to FROM moved
                            ON CONFLICT DO NOTHING RETURNING post_id),
                        frozen AS (
                            -- a join, not IN (subquery): the planner then looks the one receipt up by its key
                            -- instead of scanning every receipt not yet frozen on each send
                            UPDATE eo_receipt r SET frozen = true FROM moved m
                            WHERE r.node_id = m.node_id AND m.kind = 'receipt' AND NOT r.frozen)
                        SELECT id, EXISTS (SELECT 1 FROM reader) AS new_reader FROM movement""")
                .param("to", sent.toPost()).param("at", when).param("due", sent.dueDate()).param("item", itemId)
                .param("kind", kind.name()).param("from", desk.postId()).param("office", desk.officeId()).param("username", desk.username())
                .param("remarks", remarks).param("priority", sent.priority().text())
                .query((rs, n) -> new RecordedSend(new Movement(rs.getLong("id"), itemId, sent.name(), desk.postId(),
                        sent.toPost(), desk.username(), remarks, sent.priority().text(), sent.dueDate(), at, null, null),
                        rs.getBoolean("new_reader")))
                .optional();
    }

    /** A recorded send, and whether it gave the item a reader desk it never had (its readers changed). */
    public record RecordedSend(Movement movement, boolean newReader) {
    }

    /** The item's history, oldest first. */
    public List<Movement> of(UUID itemId) {
        return jdbc.sql("SELECT * FROM eo_movement WHERE item_id = ? ORDER BY id").param(itemId)
                .query(MovementLog::movement).list();
    }

    /** The send that brought the item to its current holder, if it was sent at all. */
    public Optional<Movement> lastSend(UUID itemId) {
        return jdbc.sql("""
                        SELECT m.* FROM eo_movement m JOIN eo_item i ON i.last_sent_id = m.id WHERE i.node_id = ?""")
                .param(itemId).query(MovementLog::movement).optional();
    }

    static Movement movement(ResultSet rs, int row) throws SQLException {
        long to = rs.getLong("to_post");
        Long toPost = rs.wasNull() ? null : to;
        java.sql.Date due = rs.getDate("due_date");
        return new Movement(rs.getLong("id"), rs.getObject("item_id", UUID.class), rs.getString("action"),
                rs.getLong("from_post"), toPost, rs.getString("username"), rs.getString("remarks"),
                rs.getString("priority"), due == null ? null : due.toLocalDate(), instant(rs, "at"),
                instant(rs, "read_at"), instant(rs, "pulled_back_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
