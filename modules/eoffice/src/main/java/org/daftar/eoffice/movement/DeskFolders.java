package org.daftar.eoffice.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.daftar.eoffice.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The folders a desk works from, for files and receipts alike: Inbox (held and active, unread first), Sent, Created,
 * Parked, Closed, and what it created that is pending with others. Receipts put into a file travel with it and are not listed on their own.
 */
public final class DeskFolders {

    /**
     * The folder names; {@code withOthers} is "my files pending with others": items this desk created that are active
     * at another desk, longest waiting first.
     */
    public enum Folder { inbox, sent, created, parked, closed, withOthers }

    private static final String COLUMNS = """
            SELECT i.node_id, i.kind, i.number, i.subject, i.grading, i.vip, i.status, i.holder_post, i.held_since,
                   i.due_date, m.from_post, m.remarks, m.priority, m.at AS sent_at,
                   i.unread
            """;

    private final JdbcClient jdbc;

    public DeskFolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of a folder of a desk, optionally only files or only receipts. */
    public List<FolderEntry> list(long postId, Folder folder, String kind, int skip, int max) {
        return list(postId, folder, kind, null, skip, max);
    }

    /**
     * One page of a folder of a desk, optionally only files or only receipts, and only items whose subject or number
     * contains {@code text} (any case); the desk page lists a page at a time, so the filter must apply before paging.
     */
    public List<FolderEntry> list(long postId, Folder folder, String kind, String text, int skip, int max) {
        return jdbc.sql(sql(folder, kind, text) + " OFFSET :skip LIMIT :max").param("post", postId).param("kind", kind)
                .param("pattern", pattern(text)).param("skip", skip).param("max", max).query(DeskFolders::entry).list();
    }

    /** A page of a folder and how many items the whole folder (as filtered) holds. */
    public record FolderPage(List<FolderEntry> entries, int total) {
    }

    /**
     * One page of a folder with the folder's total, in one query (a window count over the same scan the sort needs
     * anyway); only a page past the end costs a second query for the total.
     */
    public FolderPage page(long postId, Folder folder, String kind, String text, int skip, int max) {
        int[] total = {-1};
        List<FolderEntry> entries = jdbc.sql(sql(folder, kind, text).replaceFirst("SELECT ", "SELECT count(*) OVER () AS total_count, ")
                        + " OFFSET :skip LIMIT :max")
                .param("post", postId).param("kind", kind).param("pattern", pattern(text)).param("skip", skip)
                .param("max", max).query((rs, n) -> {
                    total[0] = rs.getInt("total_count");
                    return entry(rs, n);
                }).list();
        return new FolderPage(entries, total[0] >= 0 ? total[0] : count(postId, folder, kind, text));
    }

    /** How many items {@link #list(long, Folder, String, String, int, int)} would give without paging. */
    public int count(long postId, Folder folder, String kind, String text) {
        return jdbc.sql("SELECT count(*) FROM (" + sql(folder, kind, text) + ") counted").param("post", postId)
                .param("kind", kind).param("pattern", pattern(text)).query(Integer.class).single();
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String sql(Folder folder, String kind) {
        if (kind != null && !kind.equals("file") && !kind.equals("receipt")) {
            throw new InvalidRequestException("kind must be file or receipt, not '" + kind + "'");
        }
        String sql = switch (folder) {
            case inbox -> COLUMNS + """
                    FROM eo_item i LEFT JOIN eo_movement m ON m.id = i.last_sent_id
                    WHERE i.holder_post = :post AND i.status = 'Active' AND i.in_file IS NULL AND (CAST(:kind AS text) IS NULL OR i.kind = CAST(:kind AS text))
                    ORDER BY i.unread DESC, i.held_since DESC""";
            case parked -> COLUMNS + """
                    FROM eo_item i LEFT JOIN eo_movement m ON m.id = i.last_sent_id
                    WHERE i.holder_post = :post AND i.status = 'Parked' AND (CAST(:kind AS text) IS NULL OR i.kind = CAST(:kind AS text))
                    ORDER BY i.held_since DESC""";
            case created -> COLUMNS + """
                    FROM eo_item i LEFT JOIN eo_movement m ON m.id = i.last_sent_id
                    WHERE i.created_by_post = :post AND (CAST(:kind AS text) IS NULL OR i.kind = CAST(:kind AS text)) ORDER BY i.created_at DESC""";
            case closed -> COLUMNS + """
                    FROM eo_item i LEFT JOIN eo_movement m ON m.id = i.last_sent_id
                    WHERE i.status = 'Closed' AND i.created_by_post = :post AND (CAST(:kind AS text) IS NULL OR i.kind = CAST(:kind AS text))
                    ORDER BY i.closed_at DESC""";
            case withOthers -> COLUMNS + """
                    FROM eo_item i LEFT JOIN eo_movement m ON m.id = i.last_sent_id
                    WHERE i.created_by_post = :post AND i.holder_post <> :post AND i.status = 'Active' AND i.in_file IS NULL
                      AND (CAST(:kind AS text) IS NULL OR i.kind = CAST(:kind AS text))
                    ORDER BY i.held_since, i.node_id""";
            case sent -> """
                    SELECT i.node_id, i.kind, i.number, i.subject, i.grading, i.vip, i.status, i.holder_post, i.held_since,
                           i.due_date, m.to_post AS from_post, m.remarks, m.priority, m.at AS sent_at,
                           (m.read_at IS NULL AND m.pulled_back_at IS NULL) AS unread
                    FROM eo_movement m JOIN eo_item i ON i.node_id = m.item_id
                    WHERE m.from_post = :post AND m.action = 'Sent' AND (CAST(:kind AS text) IS NULL OR i.kind = CAST(:kind AS text))
                    ORDER BY m.at DESC, m.id DESC""";
        };
        return sql;
    }

    private static String sql(Folder folder, String kind, String text) {
        return sql(folder, kind).replace("ORDER BY", """
                AND (CAST(:pattern AS text) IS NULL OR i.subject ILIKE CAST(:pattern AS text) OR i.number ILIKE CAST(:pattern AS text))
                ORDER BY""");
    }

    private static FolderEntry entry(ResultSet rs, int n) throws SQLException {
        long from = rs.getLong("from_post");
        Long fromPost = rs.wasNull() ? null : from;
        java.sql.Date due = rs.getDate("due_date");
        Timestamp sent = rs.getTimestamp("sent_at");
        return new FolderEntry(rs.getObject("node_id", UUID.class), rs.getString("kind"), rs.getString("number"),
                rs.getString("subject"), rs.getString("grading"), rs.getBoolean("vip"), rs.getString("status"),
                rs.getLong("holder_post"), rs.getTimestamp("held_since").toInstant(),
                due == null ? null : due.toLocalDate(), rs.getBoolean("unread"), fromPost, rs.getString("remarks"),
                rs.getString("priority"), sent == null ? null : sent.toInstant());
    }
}
