package org.daftar.eoffice.access;

import java.util.Optional;
import org.daftar.repository.access.WriteAccess;
import org.daftar.repository.access.WriteDecision;
import org.daftar.repository.access.WriteOperation;
import org.daftar.repository.node.Node;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may change e-Office nodes through the generic surfaces (REST nodes, CMIS, the repository browser): nobody. A
 * file, a receipt and everything inside a file folder (notesheet, notes, drafts, attachments) change only through the
 * e-Office services, which act for the holding desk and keep their own records (grading, frozen receipt fields, green
 * notes, movement) in step with the node; a generic change would bypass them. The office folders that hold files and
 * receipts take new children only from the e-Office too. Every other node follows the {@code fallback} rule.
 */
public final class EofficeWriteAccess implements WriteAccess {

    private final JdbcClient jdbc;
    private final WriteAccess fallback;

    public EofficeWriteAccess(JdbcClient jdbc, WriteAccess fallback) {
        this.jdbc = jdbc;
        this.fallback = fallback;
    }

    /** What a node is to the e-Office. */
    private record Role(String kind, String number, boolean register) {
    }

    @Override
    public WriteDecision decide(String username, WriteOperation operation, Node node) {
        Optional<Role> role = role(node);
        if (role.isEmpty()) {
            return fallback.decide(username, operation, node);
        }
        Role r = role.get();
        if (r.register()) {
            return WriteDecision.refused("Folder '" + node.name() + "' holds an office's e-files or receipts; they are"
                    + " opened, diarised and moved only through the e-Office (/api/v1/eoffice)");
        }
        String what = (r.kind().equals("file") ? "e-file " : "receipt ") + r.number();
        String subject = node.type().equals("eo:file") || node.type().equals("eo:receipt") ? "The " + what
                : "'" + node.name() + "' belongs to the " + what + " and";
        return WriteDecision.refused(subject + " changes only through the e-Office actions of the desk holding it"
                + " (/api/v1/eoffice), not through the repository's node API");
    }

    private Optional<Role> role(Node node) {
        return jdbc.sql("""
                        SELECT i.kind, i.number, false AS register FROM eo_item i
                        WHERE i.node_id = ? OR (i.node_id = ? AND i.kind = 'file')
                        UNION ALL
                        SELECT NULL, NULL, true FROM eo_office o WHERE o.files_folder = ? OR o.receipts_folder = ?
                        LIMIT 1""")
                .params(node.id(), node.parentId(), node.id(), node.id())
                .query((rs, n) -> new Role(rs.getString("kind"), rs.getString("number"), rs.getBoolean("register")))
                .optional();
    }
}
