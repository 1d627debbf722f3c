package org.daftar.eoffice.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
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
