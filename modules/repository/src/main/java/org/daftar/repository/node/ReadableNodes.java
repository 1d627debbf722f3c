package org.daftar.repository.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.access.ReadableCondition;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pages of {@code node} rows a user may read, filtered, ordered and paged in one SQL statement when the access rule
 * has a SQL form ({@link ReadAccess#readableCondition}), with the total counted in the same statement. Each row is
 * still checked against {@link ReadAccess#readers} (the principals computed once), so a rule whose SQL said more
 * than its readers would leave a gap in a page, never show a node.
 */
public final class ReadableNodes {

    private final JdbcClient jdbc;
    private final ReadAccess access;
    private final NodeRowMapper rows = new NodeRowMapper();

    public ReadableNodes(JdbcClient jdbc, ReadAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * One page of readable nodes.
     *
     * @param nodes the page
     * @param total how many readable nodes the whole listing has
     */
    public record Page(List<Node> nodes, long total) {
        public Page {
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * The page {@code skip}/{@code max} of the nodes {@code user} may read among {@code node n WHERE where},
     * ordered by {@code orderBy}; empty when the access rule cannot be said in SQL (the caller filters in memory).
     *
     * @param where      a condition over the row aliased {@code n}, with positional parameters
     * @param parameters its parameters
     * @param orderBy    a total order (end it with the id)
     */
    public Optional<Page> page(String where, List<Object> parameters, String orderBy, String user, int skip, int max) {
        Set<String> principals = access.principals(user);
        Optional<ReadableCondition> readable = access.readableCondition("n", principals);
        if (readable.isEmpty()) {
            return Optional.empty();
        }
        String from = " FROM node n WHERE (" + where + ") AND " + readable.get().sql();
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(readable.get().parameters());
        List<Object> paged = new ArrayList<>(all);
        paged.add(skip);
        paged.add(max);
        long[] total = {-1};
        // Order, count and page narrow rows (id, sort keys), then read the page's whole rows: sorting every row of a
        // large folder with its properties spilled to disk.
        List<Node> nodes = jdbc.sql("SELECT n.*, p.readable_total FROM (SELECT n.id, count(*) OVER () AS readable_total,"
                        + " row_number() OVER (ORDER BY " + orderBy + ") AS position" + from + " ORDER BY " + orderBy
                        + " OFFSET ? LIMIT ?) p JOIN node n ON n.id = p.id ORDER BY p.position")
                .params(paged)
                .query((rs, n) -> {
                    total[0] = rs.getLong("readable_total");
                    return rows.mapRow(rs, n);
                })
                .list();
        if (nodes.isEmpty()) {
            // Past the end (or nothing readable): the window count had no row to ride on.
            total[0] = jdbc.sql("SELECT count(*)" + from).params(all).query(Long.class).single();
        }
        List<Node> checked = nodes.stream()
                .filter(node -> !Collections.disjoint(access.readers(node), principals))
                .toList();
        return Optional.of(new Page(checked, total[0]));
    }
}
