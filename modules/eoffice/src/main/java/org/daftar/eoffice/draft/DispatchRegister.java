package org.daftar.eoffice.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.access.EofficeReadAccess;
import org.daftar.eoffice.organisation.Organisation;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An office's dispatch register: the letters issued with their dispatch numbers ({@link Drafts#issue}), read by the
 * holders of the office's posts — a year in dispatch order (REST, CSV) or a page at a time, newest first (the web
 * page). Numbers, dates, addressees and modes are shown to all of them; a Confidential or Secret letter's subject and
 * the link to its file only to readers who may open that file.
 */
public final class DispatchRegister {

    private final JdbcClient jdbc;
    private final NodeStore nodes;
    private final Organisation organisation;
    private final EofficeReadAccess access;

    public DispatchRegister(JdbcClient jdbc, NodeStore nodes, Organisation organisation, EofficeReadAccess access) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.organisation = organisation;
        this.access = access;
    }

    /** Most entries one register page may hold. */
    public static final int MAX_PAGE = 500;

    private static final String REGISTER = """
            SELECT d.*, dr.file_id, f.number AS file_number, f.grading
            FROM eo_dispatch d JOIN eo_draft dr ON dr.node_id = d.draft_id JOIN eo_item f ON f.node_id = dr.file_id
            WHERE d.office_id = ? AND d.year = ?""";

    /** A register row before the reader's rights are applied. */
    private record Row(Dispatch dispatch, String grading) {
    }

    /**
     * An office's dispatch register for a year, in dispatch order; for users holding a post in that office. The
     * subject of a Confidential or Secret letter is left out (null) for a reader who may not open its file: grading
     * keeps the file to its chain, and the subject often says what the file is about.
     */
    public List<Dispatch> year(String username, long officeId, int year) {
        requireRegisterReader(username, officeId);
        List<Row> rows = jdbc.sql(REGISTER + " ORDER BY d.serial").params(officeId, year).query((rs, n) -> row(rs)).list();
        return forReader(username, rows).stream().map(RegisterEntry::dispatch).toList();
    }

    /**
     * A page of an office's dispatch register for a year, newest first, with the year's total; for users holding a post
     * in that office. Each entry says whether the reader may open its file, by the same rule as reading the file, and
     * leaves out the subject of a graded letter as {@link #year} does.
     *
     * @param offset entries to skip (0 or more)
     * @param limit  entries on the page, 1 to {@link #MAX_PAGE}
     */
    public RegisterPage page(String username, long officeId, int year, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException("A register page skips 0 or more entries and holds 1 to " + MAX_PAGE
                    + " entries, not offset " + offset + " and limit " + limit);
        }
        requireRegisterReader(username, officeId);
        List<Row> rows = jdbc.sql(REGISTER + " ORDER BY d.serial DESC LIMIT ? OFFSET ?")
                .params(officeId, year, limit, offset).query((rs, n) -> row(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM eo_dispatch WHERE office_id = ? AND year = ?")
                .params(officeId, year).query(Long.class).single();
        return new RegisterPage(forReader(username, rows), total);
    }

    /**
     * The rows as {@code username} may see them: the draft node lives in the file's folder, so the node-level read rule
     * over it is the file's rule; the subject comes from the draft's node.
     */
    private List<RegisterEntry> forReader(String username, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> draftIds = rows.stream().map(r -> r.dispatch().draftId()).toList();
        Map<UUID, Node> drafts = nodes.select("n.id = ANY(?)", List.of((Object) draftIds.toArray(UUID[]::new)), "n.id", 0,
                draftIds.size()).stream().collect(Collectors.toMap(Node::id, Function.identity()));
        Set<String> principals = access.principals(username);
        List<RegisterEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Node draft = drafts.get(row.dispatch().draftId());
            boolean readable = draft != null && !Collections.disjoint(access.readers(draft), principals);
            boolean subjectShown = row.grading().equals("Normal") || readable;
            Dispatch d = row.dispatch();
            String subject = subjectShown && draft != null ? (String) draft.properties().get("eo:subject") : null;
            entries.add(new RegisterEntry(new Dispatch(d.dispatchNumber(), d.draftId(), d.fileId(), d.fileNumber(),
                    subject, d.addressee(), d.mode(), d.dispatchedAt(), d.dispatchedByPost()), readable));
        }
        return entries;
    }

    private void requireRegisterReader(String username, long officeId) {
        boolean member = organisation.postsOf(username).stream().anyMatch(p -> p.officeId() == officeId);
        if (!member) {
            throw new EofficeNotFoundException("Dispatch register of office", officeId);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(new Dispatch(rs.getString("dispatch_number"), rs.getObject("draft_id", UUID.class),
                rs.getObject("file_id", UUID.class), rs.getString("file_number"), null,
                rs.getString("addressee"), rs.getString("mode"), rs.getTimestamp("dispatched_at").toInstant(),
                rs.getLong("dispatched_by_post")), rs.getString("grading"));
    }
}
