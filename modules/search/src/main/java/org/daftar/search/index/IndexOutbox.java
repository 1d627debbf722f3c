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
     * Claims up to {@code max} of the oldest rows that no other indexer holds (several server nodes may drain the
     * same outbox), then takes a per-node lock in id order, so two indexers never write the same node concurrently
     * and a newer state is never overwritten by an older one. Must run inside a transaction.
     */
    Batch claim(int max) {
        record Row(long seq, UUID node) {
        }
        List<Row> rows = jdbc.sql("SELECT seq, node_id FROM index_outbox ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")
                .param(max).query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class))).list();
        List<UUID> nodes = rows.stream().map(Row::node).distinct().sorted().toList();
        for (UUID node : nodes) {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 4))").param(node.toString())
                    .query((rs, n) -> 1).list();
        }
        return new Batch(rows.stream().map(Row::seq).toList(), nodes);
    }

    void remove(List<Long> sequences) {
        jdbc.sql("DELETE FROM index_outbox WHERE seq = ANY(?)").param(sequences.toArray(Long[]::new)).update();
    }

    long pending() {
        return jdbc.sql("SELECT count(*) FROM index_outbox").query(Long.class).single();
    }
}
