package org.daftar.eoffice.pendency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the per-desk pendency counters ({@code eo_desk_pendency}) against the items and rebuilds them. The triggers
 * keep them right through every service and SQL change of {@code eo_item}; a recount is for an operator after
 * maintenance that bypassed the triggers (e.g. a restore with triggers disabled), when reports look wrong or a send is
 * refused with "pendency counter … is missing".
 */
public final class PendencyCounters {

    private static final String RECOUNT = """
            SELECT holder_post AS post_id, status = 'Active' AS active, (held_since AT TIME ZONE 'UTC')::date AS held_day,
                   coalesce(due_date, 'infinity'::date) AS due_date, count(*)::int AS items
            FROM eo_item WHERE status <> 'Closed' AND in_file IS NULL GROUP BY 1, 2, 3, 4""";
    private static final String CURRENT = "SELECT post_id, active, held_day, due_date, items FROM eo_desk_pendency";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public PendencyCounters(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The outcome of a recount: how many counters there are now and how many were wrong, missing or extra. */
    public record Recount(int counters, int corrected) {
    }

    /**
     * Recounts every desk's pending items and replaces the counters with the result, in one transaction that holds
     * off changes to items meanwhile (reads go on); the answer says how many counters differed.
     */
    public Recount recount() {
        return transaction.execute(status -> {
            jdbc.sql("LOCK TABLE eo_item IN SHARE MODE").update();
            // a counter with a wrong number is on both sides of the difference: count keys, not rows
            int corrected = jdbc.sql("SELECT count(DISTINCT (post_id, active, held_day, due_date)) FROM (((" + RECOUNT
                            + ") EXCEPT (" + CURRENT + ")) UNION ALL ((" + CURRENT + ") EXCEPT (" + RECOUNT + "))) differing")
                    .query(Integer.class).single();
            if (corrected > 0) {
                jdbc.sql("DELETE FROM eo_desk_pendency").update();
                jdbc.sql("INSERT INTO eo_desk_pendency (post_id, active, held_day, due_date, items) " + RECOUNT).update();
            }
            int counters = jdbc.sql("SELECT count(*) FROM eo_desk_pendency").query(Integer.class).single();
            return new Recount(counters, corrected);
        });
    }
}
