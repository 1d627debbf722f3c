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
import org.daftar.repository.access.ReadableCondition;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An office's dispatch register: the letters issued with their dispatch numbers ({@link Drafts#issue}), read by the
 * holders of the office's posts — a year in dispatch order (REST, CSV) or a page at a time, newest first (the web
 * page). Numbers, dates, addressees and modes are shown to all of them; a Confidential or Secret letter's subject and
 * the link to its file only to readers who may open that file.
 */
public final class DispatchRegister {

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final EofficeReadAccess access;

    public DispatchRegister(JdbcClient jdbc, Organisation organisation, EofficeReadAccess access) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.access = access;
    }

    /** Most entries one register page may hold. */
    public static final int MAX_PAGE = 500;

    private static final String REGISTER_FROM = """
             FROM eo_dispatch d JOIN eo_draft dr ON dr.node_id = d.draft_id
            JOIN eo_item f ON f.node_id = dr.file_id JOIN node n ON n.id = d.draft_id
            WHERE d.office_id = ? AND d.year = ?""";

    private static final String REGISTER_COLUMNS = "SELECT d.*, dr.file_id, f.number AS file_number, f.grading,"
            + " n.properties->>'eo:subject' AS subject";

    /**
     * An office's dispatch register for a year, in dispatch order; for users holding a post in that office. The
     * subject of a Confidential or Secret letter is left out (null) for a reader who may not open its file: grading
     * keeps the file to its chain, and the subject often says what the file is about.
     */
    public List<Dispatch> year(String username, long officeId, int year) {
        requireRegisterReader(username, officeId);
        ReadableCondition readable = access.readableCondition("n", access.principals(username)).orElseThrow();
        List<Object> parameters = new ArrayList<>(readable.parameters());
        parameters.addAll(List.of(officeId, year));
        return jdbc.sql(REGISTER_COLUMNS + ", " + readable.sql() + " AS file_readable" + REGISTER_FROM
                        + " ORDER BY d.serial")
                .params(parameters)
                .query((rs, n) -> dispatch(rs))
                .list();
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
        // The draft node lives in the file's folder, so the node-level read rule over it is the file's rule.
        ReadableCondition readable = access.readableCondition("n", access.principals(username)).orElseThrow();
        List<Object> parameters = new ArrayList<>(readable.parameters());
        parameters.addAll(List.of(officeId, year, limit, offset));
        List<RegisterEntry> entries = jdbc.sql(REGISTER_COLUMNS + ", " + readable.sql() + " AS file_readable"
                        + REGISTER_FROM + " ORDER BY d.serial DESC LIMIT ? OFFSET ?")
                .params(parameters)
                .query((rs, n) -> new RegisterEntry(dispatch(rs), rs.getBoolean("file_readable")))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM eo_dispatch WHERE office_id = ? AND year = ?")
                .params(officeId, year).query(Long.class).single();
        return new RegisterPage(entries, total);
    }

    private void requireRegisterReader(String username, long officeId) {
        boolean member = organisation.postsOf(username).stream().anyMatch(p -> p.officeId() == officeId);
        if (!member) {
            throw new EofficeNotFoundException("Dispatch register of office", officeId);
        }
    }

    /** An entry of the register; the subject only where the file is Normal or the reader may open it. */
    private static Dispatch dispatch(ResultSet rs) throws SQLException {
        boolean subjectShown = rs.getString("grading").equals("Normal") || rs.getBoolean("file_readable");
        return new Dispatch(rs.getString("dispatch_number"), rs.getObject("draft_id", UUID.class),
                rs.getObject("file_id", UUID.class), rs.getString("file_number"),
                subjectShown ? rs.getString("subject") : null,
                rs.getString("addressee"), rs.getString("mode"), rs.getTimestamp("dispatched_at").toInstant(),
                rs.getLong("dispatched_by_post"));
    }
}
