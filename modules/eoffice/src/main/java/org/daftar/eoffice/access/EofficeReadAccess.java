package org.daftar.eoffice.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.repository.access.GradingReadAccess;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.access.ReadableCondition;
import org.daftar.repository.node.Node;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may read e-Office nodes, as principals. A file or receipt is readable by every desk that created or held it
 * ({@code desk:<postId>}, from {@code eo_item_desk}); a Normal one also by the desks of its section
 * ({@code section:<id>}) and the officers of its office ({@code office:<id>}); Confidential and Secret ones by the
 * movement chain only. A receipt put into a file is also readable by the file's chain. Notes, drafts and other
 * documents inside a file folder follow the file. Nodes outside the e-Office fall back to {@link GradingReadAccess}.
 *
 * <p>{@link #readers} is one indexed query, cheap enough for the search indexer to call per node; it changes only when
 * an item moves, and every movement updates the item's node (see {@code Items.touch}).
 */
public final class EofficeReadAccess implements ReadAccess {

    private final JdbcClient jdbc;
    private final ReadAccess fallback = new GradingReadAccess();

    public EofficeReadAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item's readers and grading, found for the node itself or for the file folder holding it. */
    private record ItemReaders(String grading, long sectionId, long officeId, List<Long> desks) {
    }

    @Override
    public Set<String> readers(Node node) {
        return itemReaders(node.id(), node.parentId()).map(this::principalsOf).orElseGet(() -> fallback.readers(node));
    }

    /**
     * The rule of {@link #readers(Node)} in SQL: the item of the node (or of the file folder holding it) decides by
     * its desks, and for Normal items its section and office; a node with no item falls back to the grading rule.
     */
    @Override
    public Optional<ReadableCondition> readableCondition(String alias, Set<String> principals) {
        ReadableCondition fallbackCondition = GradingReadAccess.condition(alias, principals);
        String item = "(SELECT i.node_id, i.in_file, i.grading, i.section_id, i.office_id FROM eo_item i"
                + " WHERE i.node_id = " + alias + ".id OR i.node_id = " + alias + ".parent_id"
                + " ORDER BY (i.node_id = " + alias + ".id) DESC LIMIT 1)";
        String sql = "(CASE WHEN EXISTS (SELECT 1 FROM eo_item i WHERE i.node_id = " + alias + ".id OR i.node_id = "
                + alias + ".parent_id)"
                + " THEN EXISTS (SELECT 1 FROM " + item + " it WHERE"
                + " (it.grading = 'Normal' AND (it.section_id = ANY(?) OR it.office_id = ANY(?)))"
                + " OR EXISTS (SELECT 1 FROM eo_item_desk d WHERE (d.item_id = it.node_id OR d.item_id = it.in_file)"
                + " AND d.post_id = ANY(?)))"
                + " ELSE " + fallbackCondition.sql() + " END)";
        List<Object> parameters = new ArrayList<>();
        parameters.add(ids(principals, "section:"));
        parameters.add(ids(principals, "office:"));
        parameters.add(ids(principals, "desk:"));
        parameters.addAll(fallbackCondition.parameters());
        return Optional.of(new ReadableCondition(sql, parameters));
    }

    private static Long[] ids(Set<String> principals, String prefix) {
        return principals.stream().filter(p -> p.startsWith(prefix)).map(p -> Long.valueOf(p.substring(prefix.length())))
                .toArray(Long[]::new);
    }

    /** The readers of an e-Office item by its node id. */
    public Set<String> readers(UUID itemId) {
        return itemReaders(itemId, null).map(this::principalsOf)
                .orElseThrow(() -> new EofficeNotFoundException("Item", itemId));
    }

    @Override
    public Set<String> principals(String username) {
        Set<String> principals = new LinkedHashSet<>();
        principals.add(ReadAccess.user(username));
        principals.add(EVERYONE);
        jdbc.sql("""
                        SELECT p.id, p.section_id, s.office_id, p.officer
                        FROM eo_assignment a JOIN eo_post p ON p.id = a.post_id JOIN eo_section s ON s.id = p.section_id
                        WHERE a.username = ? AND a.until_time IS NULL""")
                .param(username)
                .query((rs, n) -> {
                    principals.add("desk:" + rs.getLong("id"));
                    principals.add("section:" + rs.getLong("section_id"));
                    if (rs.getBoolean("officer")) {
                        principals.add("office:" + rs.getLong("office_id"));
                    }
                    return null;
                })
                .list();
        return principals;
    }

    /** Whether the node is an e-Office file or receipt at all (whoever may read it). */
    public boolean isItem(UUID nodeId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM eo_item WHERE node_id = ?)").param(nodeId).query(Boolean.class)
                .single();
    }

    /** Whether {@code username} may read the item. */
    public boolean canRead(String username, UUID itemId) {
        return !Collections.disjoint(readers(itemId), principals(username));
    }

    /** Refuses, as if it did not exist, an item {@code username} may not read. */
    public void requireReadable(String username, UUID itemId, String what) {
        if (!canRead(username, itemId)) {
            throw new EofficeNotFoundException(what, itemId);
        }
    }

    private Set<String> principalsOf(ItemReaders item) {
        Set<String> readers = new LinkedHashSet<>();
        item.desks().forEach(d -> readers.add("desk:" + d));
        if ("Normal".equals(item.grading())) {
            readers.add("section:" + item.sectionId());
            readers.add("office:" + item.officeId());
        }
        return readers;
    }

    private java.util.Optional<ItemReaders> itemReaders(UUID id, UUID parentId) {
        return jdbc.sql("""
                        SELECT i.grading, i.section_id, i.office_id,
                               ARRAY(SELECT DISTINCT d.post_id FROM eo_item_desk d
                                     WHERE d.item_id = i.node_id OR d.item_id = i.in_file) AS desks
                        FROM eo_item i WHERE i.node_id = ? OR i.node_id = ?
                        ORDER BY (i.node_id = ?) DESC LIMIT 1""")
                .params(id, parentId == null ? id : parentId, id)
                .query((rs, n) -> new ItemReaders(rs.getString("grading"), rs.getLong("section_id"),
                        rs.getLong("office_id"), List.of((Long[]) rs.getArray("desks").getArray())))
                .optional();
    }
}
