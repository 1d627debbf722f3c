package org.daftar.eoffice.pendency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.daftar.eoffice.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pendency and review reports from the per-desk counters in {@code eo_desk_pendency} (kept by triggers on
 * {@code eo_item}) and from {@code eo_movement}: per desk, section and office with ageing buckets (0–7, 8–15, 16–30,
 * over 30 days at the current desk) and overdue counts; month-wise created / received / sent / closed counts; and the
 * office ranking of a district review. "My files pending with others" is a desk folder
 * ({@code DeskFolders.Folder.withOthers}). Receipts put in a file are counted with the file, not on their own.
 */
public final class PendencyReports {

    /** The grouping of a pendency report. */
    public enum Level { desk, section, office }

    // Read from eo_desk_pendency, the counters kept by triggers on eo_item (one row per desk, active/parked, UTC day
    // of arrival and due date), so a report costs a few rows per desk and day whatever the backlog (docs/eoffice.md).
    // Ages are whole days: an item that arrived on :today - 7 is 7 days old and still in 0-7. Bucket boundaries
    // are bound as parameters, computed once in Java.
    private static final String SUMS = """
            coalesce(sum(c.items) FILTER (WHERE c.active), 0) AS pending,
            coalesce(sum(c.items) FILTER (WHERE c.active AND c.held_day >= :day7), 0) AS d0,
            coalesce(sum(c.items) FILTER (WHERE c.active AND c.held_day < :day7 AND c.held_day >= :day15), 0) AS d8,
            coalesce(sum(c.items) FILTER (WHERE c.active AND c.held_day < :day15 AND c.held_day >= :day30), 0) AS d16,
            coalesce(sum(c.items) FILTER (WHERE c.active AND c.held_day < :day30), 0) AS d30,
            coalesce(sum(c.items) FILTER (WHERE c.active AND c.due_date < :today), 0) AS overdue,
            coalesce(sum(c.items) FILTER (WHERE NOT c.active), 0) AS parked
            """;
    private static final String DESK_COUNTS = """
            LEFT JOIN eo_desk_pendency c ON c.post_id = p.id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    public PendencyReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Pendency of an office grouped by desk, section, or (for {@code office}) of the office and every office below it
     * — each row counting its own desks.
     */
    public List<Pendency> pendency(long officeId, Level level) {
        String group = switch (level) {
            case desk -> """
                    SELECT p.id, p.designation_en || ', ' || s.name_en AS name, p.designation_hi || ', ' || s.name_hi AS name_hi,
                    """ + SUMS + """
                    FROM eo_post p JOIN eo_section s ON s.id = p.section_id
                    """ + DESK_COUNTS + """
                    WHERE s.office_id = :office GROUP BY p.id, s.name_en, s.name_hi ORDER BY p.rank DESC, p.id""";
            case section -> """
                    SELECT s.id, s.name_en AS name, s.name_hi AS name_hi,
                    """ + SUMS + """
                    FROM eo_section s JOIN eo_post p ON p.section_id = s.id
                    """ + DESK_COUNTS + """
                    WHERE s.office_id = :office GROUP BY s.id ORDER BY s.id""";
            case office -> """
                    WITH RECURSIVE tree AS (SELECT id FROM eo_office WHERE id = :office
                                            UNION ALL SELECT o.id FROM eo_office o JOIN tree t ON o.parent_id = t.id)
                    SELECT o.id, o.name_en AS name, o.name_hi AS name_hi,
                    """ + SUMS + """
                    FROM tree JOIN eo_office o ON o.id = tree.id
                    LEFT JOIN eo_section s ON s.office_id = o.id LEFT JOIN eo_post p ON p.section_id = s.id
                    """ + DESK_COUNTS + """
                    GROUP BY o.id ORDER BY o.id""";
        };
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbc.sql(group).param("office", officeId)
                .param("day7", java.sql.Date.valueOf(today.minusDays(7)))
                .param("day15", java.sql.Date.valueOf(today.minusDays(15)))
                .param("day30", java.sql.Date.valueOf(today.minusDays(30)))
                .param("today", java.sql.Date.valueOf(today))
                .query((rs, n) -> new Pendency(rs.getLong("id"), rs.getString("name"), rs.getString("name_hi"),
                        rs.getLong("pending"), rs.getLong("d0"), rs.getLong("d8"), rs.getLong("d16"), rs.getLong("d30"),
                        rs.getLong("overdue"), rs.getLong("parked")))
                .list();
    }

    /** Month-wise counts of an office for a calendar year (UTC months), all twelve months. */
    public List<MonthCount> monthly(long officeId, int year) {
        if (year < 1800 || year > 2200) {
            throw new InvalidRequestException("year must be between 1800 and 2200, not " + year);
        }
        long[][] counts = new long[12][4];
        jdbc.sql("""
                        SELECT extract(month FROM m.at AT TIME ZONE 'UTC')::int AS month,
                               count(*) FILTER (WHERE m.action = 'Created' AND i.kind = 'file') AS created,
                               count(*) FILTER (WHERE m.action = 'Created' AND i.kind = 'receipt') AS received,
                               count(*) FILTER (WHERE m.action = 'Sent') AS sent,
                               count(*) FILTER (WHERE m.action = 'Closed') AS closed
                        FROM eo_movement m JOIN eo_item i ON i.node_id = m.item_id
                        WHERE m.office_id = ? AND m.at >= ? AND m.at < ?
                        GROUP BY 1""")
                .params(officeId, yearStart(year), yearStart(year + 1))
                .query((rs, n) -> {
                    long[] row = counts[rs.getInt("month") - 1];
                    row[0] = rs.getLong("created");
                    row[1] = rs.getLong("received");
                    row[2] = rs.getLong("sent");
                    row[3] = rs.getLong("closed");
                    return null;
                })
                .list();
        List<MonthCount> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(new MonthCount(String.format("%d-%02d", year, m + 1), counts[m][0], counts[m][1], counts[m][2],
                    counts[m][3]));
        }
        return months;
    }

    /**
     * The review table of the offices directly under {@code parentOfficeId} (e.g. a district's tehsils) and the
     * parent itself, for movements from {@code from} (inclusive) to {@code to} (exclusive).
     */
    public List<OfficeRank> ranking(long parentOfficeId, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("from (" + from + ") must be before to (" + to + ")");
        }
        Instant now = clock.instant();
        List<OfficeRank> rows = jdbc.sql("""
                        WITH offices AS (SELECT * FROM eo_office WHERE id = :parent OR parent_id = :parent),
                        moves AS (
                            SELECT m.office_id,
                                   count(*) FILTER (WHERE m.action = 'Created' AND i.kind = 'file') AS created,
                                   count(*) FILTER (WHERE m.action = 'Created' AND i.kind = 'receipt') AS received,
                                   count(*) FILTER (WHERE m.action = 'Sent') AS sent,
                                   count(*) FILTER (WHERE m.action = 'Closed') AS closed
                            FROM eo_movement m JOIN eo_item i ON i.node_id = m.item_id
                            WHERE m.office_id IN (SELECT id FROM offices) AND m.at >= :from AND m.at < :to
                            GROUP BY m.office_id),
                        pend AS (
                            SELECT s.office_id, sum(c.items) AS pending,
                                   coalesce(sum(c.items) FILTER (WHERE c.due_date < CAST(:today AS date)), 0) AS overdue
                            FROM eo_desk_pendency c JOIN eo_post p ON p.id = c.post_id
                            JOIN eo_section s ON s.id = p.section_id
                            WHERE c.active AND s.office_id IN (SELECT id FROM offices)
                            GROUP BY s.office_id)
                        SELECT o.id, o.code, o.name_en, o.name_hi, coalesce(created, 0) AS created,
                               coalesce(received, 0) AS received, coalesce(sent, 0) AS sent, coalesce(closed, 0) AS closed,
                               coalesce(pending, 0) AS pending, coalesce(overdue, 0) AS overdue
                        FROM offices o LEFT JOIN moves ON moves.office_id = o.id LEFT JOIN pend ON pend.office_id = o.id
                        """)
                .param("parent", parentOfficeId).param("from", yearStartOf(from)).param("to", yearStartOf(to))
                .param("today", LocalDate.ofInstant(now, ZoneOffset.UTC).toString())
                .query((rs, n) -> {
                    long created = rs.getLong("created");
                    long received = rs.getLong("received");
                    long sent = rs.getLong("sent");
                    long closed = rs.getLong("closed");
                    return new OfficeRank(0, rs.getLong("id"), rs.getString("code"), rs.getString("name_en"),
                            rs.getString("name_hi"), created, received, sent, closed, rs.getLong("pending"),
                            rs.getLong("overdue"), created + received + sent + closed);
                })
                .list();
        List<OfficeRank> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> a.handled() != b.handled() ? Long.compare(b.handled(), a.handled())
                : Long.compare(a.overdue(), b.overdue()));
        List<OfficeRank> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            OfficeRank r = sorted.get(i);
            ranked.add(new OfficeRank(i + 1, r.officeId(), r.code(), r.name(), r.nameHi(), r.created(), r.received(),
                    r.sent(), r.closed(), r.pending(), r.overdue(), r.handled()));
        }
        return ranked;
    }

    private static Timestamp yearStart(int year) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static Timestamp yearStartOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
