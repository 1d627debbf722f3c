package org.daftar.ocr.recordroom;

import java.util.List;
import java.util.UUID;
import java.util.ArrayList;
import java.util.Map;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;

/** The record-room register: physical files by legacy number, location, retention category and review date. */
public final class RecordRoomRegister {

    private final NodeStore nodes;

    public RecordRoomRegister(NodeStore nodes) {
        this.nodes = nodes;
    }

    /** Matching records, by legacy number. */
    public List<RegisterEntry> find(RegisterQuery q) {
        List<String> where = new ArrayList<>(List.of("n.type = 'eo:file' AND 'eo:recordRoom' = ANY (n.aspects)"));
        List<Object> parameters = new ArrayList<>();
        if (q.legacyNumber() != null) {
            where.add("n.properties ->> 'eo:legacyFileNumber' ILIKE ? || '%'");
            parameters.add(q.legacyNumber());
        }
        equal(where, parameters, "eo:room", q.room());
        equal(where, parameters, "eo:rack", q.rack());
        equal(where, parameters, "eo:shelf", q.shelf());
        equal(where, parameters, "eo:box", q.box());
        equal(where, parameters, "eo:retentionCategory", q.retention());
        if (q.reviewDueBefore() != null) {
            where.add("CAST(n.properties ->> 'eo:reviewDue' AS date) <= ?");
            parameters.add(java.sql.Date.valueOf(q.reviewDueBefore()));
        }
        List<Node> records = nodes.select(String.join(" AND ", where), parameters,
                "n.properties ->> 'eo:legacyFileNumber', n.id", q.skip(), q.maxItems());
        Map<UUID, Long> scans = nodes.countChildrenOfType(records.stream().map(Node::id).toList(), "eo:scan");
        return records.stream().map(n -> {
            var p = n.properties();
            return new RegisterEntry(n.id(), (String) p.get("eo:legacyFileNumber"), (String) p.get("eo:subject"),
                    p.get("eo:recordYear") instanceof Number y ? y.longValue() : null, (String) p.get("eo:sectionCode"),
                    (String) p.get("eo:retentionCategory"), (String) p.get("eo:room"), (String) p.get("eo:rack"),
                    (String) p.get("eo:shelf"), (String) p.get("eo:box"), string(p.get("eo:reviewDue")),
                    scans.getOrDefault(n.id(), 0L));
        }).toList();
    }

    private static void equal(List<String> where, List<Object> parameters, String property, String value) {
        if (value != null) {
            where.add("n.properties ->> '" + property + "' = ?");
            parameters.add(value);
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
