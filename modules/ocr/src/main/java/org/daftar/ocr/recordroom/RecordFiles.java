package org.daftar.ocr.recordroom;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.NodeStore;
import java.util.List;
import org.daftar.repository.node.Node;

/**
 * Physical-file records in the "Record Room" folder: one {@code eo:file} (form Physical, aspect
 * {@code eo:recordRoom}) per legacy file number, found again by that number on a rerun.
 */
final class RecordFiles {

    static final String FOLDER_NAME = "Record Room";

    private final NodeStore nodes;

    RecordFiles(NodeStore nodes) {
        this.nodes = nodes;
    }

    /** The record for the entry, created on first sight. */
    UUID recordFor(RecordEntry entry, String actor) {
        UUID folder = recordRoomFolder(actor);
        Optional<UUID> existing = nodes.select("n.parent_id = ? AND n.type = 'eo:file'"
                        + " AND n.properties ->> 'eo:legacyFileNumber' = ?", List.of(folder, entry.legacyNumber()),
                "n.created_at, n.id", 0, 1).stream().map(Node::id).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("eo:fileNumber", entry.legacyNumber());
        properties.put("eo:fileForm", "Physical");
        properties.put("eo:subject", entry.subject());
        properties.put("eo:legacyFileNumber", entry.legacyNumber());
        put(properties, "eo:sectionCode", entry.section());
        put(properties, "eo:retentionCategory", entry.retention());
        put(properties, "eo:recordYear", entry.year());
        put(properties, "eo:room", entry.room());
        put(properties, "eo:rack", entry.rack());
        put(properties, "eo:shelf", entry.shelf());
        put(properties, "eo:box", entry.box());
        put(properties, "eo:reviewDue", reviewDue(entry.retention(), entry.year()));
        return nodes.createFolder(new NewNode(folder, freeName(folder, entry.legacyNumber()), "eo:file",
                Set.of("eo:recordRoom"), properties), actor).id();
    }

    /**
     * When a record is next reviewed: A and B files 25 years after opening, C-n files n years after (Daftar counts
     * from the record's year, as the closing date of a legacy file is seldom known).
     */
    static String reviewDue(String retention, Integer year) {
        if (retention == null || year == null) {
            return null;
        }
        if (retention.equals("A") || retention.equals("B")) {
            return LocalDate.of(year + 25, 1, 1).toString();
        }
        if (retention.matches("C-([1-9]|10)")) {
            return LocalDate.of(year + Integer.parseInt(retention.substring(2)), 1, 1).toString();
        }
        return null;
    }

    private UUID recordRoomFolder(String actor) {
        return nodes.child(NodeStore.ROOT_ID, FOLDER_NAME).filter(Node::folder).map(Node::id)
                .orElseGet(() -> nodes.createFolder(new NewNode(NodeStore.ROOT_ID, FOLDER_NAME, "cm:folder", null, null),
                        actor).id());
    }

    private String freeName(UUID folder, String legacyNumber) {
        String base = legacyNumber.replaceAll("[\"*\\\\><?/:|]", "_").strip();
        base = base.length() > 240 ? base.substring(0, 240) : base;
        String name = base;
        for (int n = 2; nodes.nameTaken(folder, name); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    private static void put(Map<String, Object> properties, String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
    }
}
