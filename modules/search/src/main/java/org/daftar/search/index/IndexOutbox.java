package org.daftar.search.index;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code index_outbox} table: rows written by triggers in the changing transaction, removed once indexed. */
final class IndexOutbox {

    /** One claimed batch: the rows' sequence numbers and the distinct nodes they name, in id order. */
    record Batch(List<Long> sequences, List<UUID> nodes) {
        boolean isEmpty() {
            return sequences.isEmpty();
        }
    }

    private final JdbcClient jdbc;

    IndexOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims work no other indexer holds (several server nodes may drain the same outbox): the rows of one node
     * that failed before and are due again, or else up to {@code max} of the oldest fresh rows. Then takes a
     * per-node lock in id order, so two indexers never write the same node concurrently and a newer state is never
     * overwritten by an older one. Must run inside a transaction.
     */
    Batch claim(int max) {
        List<Row> rows = jdbc.sql("""
                SELECT seq, node_id FROM index_outbox
                WHERE node_id = (SELECT node_id FROM index_outbox WHERE attempts > 0 AND not_before <= now()
                                 ORDER BY not_before, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
                  AND attempts > 0 AND not_before <= now()
                ORDER BY seq FOR UPDATE SKIP LOCKED
                """).query(IndexOutbox::row).list();
        if (rows.isEmpty()) {
            rows = jdbc.sql("SELECT seq, node_id FROM index_outbox WHERE attempts = 0 ORDER BY seq LIMIT ? "
                    + "FOR UPDATE SKIP LOCKED").param(max).query(IndexOutbox::row).list();
        }
        List<UUID> nodes = rows.stream().map(Row::node).distinct().sorted().toList();
        for (UUID node : nodes) {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 4))").param(node.toString())
                    .query((rs, n) -> 1).list();
        }
        return new Batch(rows.stream().map(Row::seq).toList(), nodes);
    }

    /**
     * Puts failed rows back for later: after 1 s, doubling per attempt up to a minute. Rows with attempts are then
     * claimed one node at a time, which separates a node Solr refuses from the rest of its batch.
     */
    void postpone(List<Long> sequences, String error) {
        jdbc.sql("""
                UPDATE index_outbox SET attempts = attempts + 1, last_error = left(?, 2000),
                       not_before = now() + least(power(2, attempts), 60) * interval '1 second'
                WHERE seq = ANY(?)
                """).params(error, sequences.toArray(Long[]::new)).update();
    }

    void makePostponedDue() {
        jdbc.sql("UPDATE index_outbox SET not_before = now() WHERE attempts > 0 AND not_before > now()").update();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getObject(2, UUID.class));
    }

    private record Row(long seq, UUID node) {
    }

    void remove(List<Long> sequences) {
        jdbc.sql("DELETE FROM index_outbox WHERE seq = ANY(?)").param(sequences.toArray(Long[]::new)).update();
    }

    long pending() {
        return jdbc.sql("SELECT count(*) FROM index_outbox").query(Long.class).single();
    }
}
