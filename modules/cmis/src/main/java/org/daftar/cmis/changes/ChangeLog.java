package org.daftar.cmis.changes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.enums.ChangeType;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ChangeEventInfoDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectListImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.daftar.cmis.objects.PropertyValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code getContentChanges} over {@code audit_event}: the change log token is the audit event id (increasing,
 * append-only), so a client resumes exactly where it stopped. Events of nodes the user may not read are left out.
 */
public final class ChangeLog {

    /** A change as recorded, with the node it touched. */
    public record Change(long id, java.time.Instant at, String action, UUID nodeId) {
    }

    private final JdbcClient jdbc;

    public ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The token a client passes to get changes after everything that has happened so far. */
    public String latestToken() {
        Long id = jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).optional().orElse(null);
        return Long.toString(id == null ? 0 : id);
    }

    /**
     * Changes from {@code token} on (inclusive, as CMIS asks), at most {@code maxItems} of those visible.
     *
     * @param visible whether the user may see a change to that node
     */
    public Result changes(String token, int maxItems, java.util.function.Predicate<UUID> visible) {
        long from;
        try {
            from = token == null || token.isBlank() ? 0 : Long.parseLong(token.strip());
        } catch (NumberFormatException e) {
            throw new CmisInvalidArgumentException("Change log token '" + token + "' is not one this repository issued");
        }
        List<ObjectData> events = new ArrayList<>();
        long next = from;
        boolean more = false;
        int batch = Math.max(maxItems, 100);
        outer:
        while (true) {
            List<Change> rows = jdbc.sql("SELECT id, at, action, node_id FROM audit_event WHERE id >= ? AND node_id IS NOT NULL ORDER BY id LIMIT ?")
                    .params(next, batch)
                    .query((rs, row) -> new Change(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                            rs.getString("action"), rs.getObject("node_id", UUID.class)))
                    .list();
            for (Change change : rows) {
                next = change.id() + 1;
                if (!visible.test(change.nodeId())) {
                    continue;
                }
                if (events.size() == maxItems) {
                    more = true;
                    next = change.id();
                    break outer;
                }
                events.add(event(change));
            }
            if (rows.size() < batch) {
                break;
            }
        }
        ObjectListImpl list = new ObjectListImpl();
        list.setObjects(events);
        list.setHasMoreItems(more);
        list.setNumItems(BigInteger.valueOf(events.size()));
        return new Result(list, Long.toString(more ? next : Math.max(from, next - 1)));
    }

    /** A page of change events and the token to continue from. */
    public record Result(ObjectList events, String nextToken) {
    }

    private static ObjectData event(Change change) {
        ChangeEventInfoDataImpl info = new ChangeEventInfoDataImpl();
        info.setChangeType(switch (change.action()) {
            case "CREATE", "RESTORE" -> ChangeType.CREATED;
            case "DELETE" -> ChangeType.DELETED;
            default -> ChangeType.UPDATED;
        });
        info.setChangeTime(PropertyValues.calendar(change.at()));
        ObjectDataImpl object = new ObjectDataImpl();
        object.setChangeEventInfo(info);
        PropertiesImpl properties = new PropertiesImpl();
        properties.addProperty(new PropertyIdImpl(PropertyIds.OBJECT_ID, change.nodeId().toString()));
        object.setProperties(properties);
        return object;
    }
}
