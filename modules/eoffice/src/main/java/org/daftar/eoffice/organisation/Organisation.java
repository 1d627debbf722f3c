package org.daftar.eoffice.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.user.UserAccounts;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.DatabaseRefusals;
import org.daftar.eoffice.DeskNotHeldException;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Offices, sections, posts, file heads and assignments: the organisation admin's one service. */
public final class Organisation {

    private static final String POST_SELECT = """
            SELECT p.*, s.office_id, s.name_en AS section_en, s.name_hi AS section_hi,
                   o.name_en AS office_en, o.name_hi AS office_hi, a.username AS holder
            FROM eo_post p JOIN eo_section s ON s.id = p.section_id JOIN eo_office o ON o.id = s.office_id
            LEFT JOIN eo_assignment a ON a.post_id = p.id AND a.until_time IS NULL
            """;

    private final JdbcClient jdbc;
    private final NodeStore nodes;
    private final UserAccounts users;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Organisation(JdbcClient jdbc, NodeStore nodes, UserAccounts users, TransactionTemplate transaction,
                        Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Adds an office under {@code parentId} (or at the top). */
    public Office createOffice(Long parentId, String code, String nameEn, String nameHi, String level,
                               String fileScheme, boolean freeNumbers) {
        require(code, "code");
        require(nameEn, "nameEn");
        require(nameHi, "nameHi");
        OfficeLevel.parse(level);
        String scheme = fileScheme == null || fileScheme.isBlank() ? "{head}/{serial}/{year}-{section}" : fileScheme;
        org.daftar.eoffice.numbering.FileNumberScheme.of(scheme);
        if (parentId != null) {
            office(parentId);
        }
        // Checked before the folders are made, so a duplicate code is refused as such, not as a folder name clash.
        if (jdbc.sql("SELECT count(*) FROM eo_office WHERE code = ?").param(code).query(Long.class).single() > 0) {
            throw new RuleViolationException("An office with code '" + code + "' already exists");
        }
        return transaction.execute(status -> {
            UUID folder = nodes.createFolder(new NewNode(NodeStore.ROOT_ID, "eoffice-" + code, "cm:folder",
                    Set.of("cm:titled"), Map.of("cm:title", nameEn + " / " + nameHi)), "system").id();
            UUID files = nodes.createFolder(new NewNode(folder, "files", "cm:folder", Set.of(), Map.of()), "system").id();
            UUID receipts = nodes.createFolder(new NewNode(folder, "receipts", "cm:folder", Set.of(), Map.of()), "system").id();
            long id = DatabaseRefusals.guard("An office with code '" + code + "' already exists", () -> jdbc.sql("""
                            INSERT INTO eo_office (parent_id, code, name_en, name_hi, level, file_scheme, free_numbers,
                                files_folder, receipts_folder)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(parentId, code, nameEn, nameHi, level, scheme, freeNumbers, files, receipts)
                    .query(Long.class).single());
            return office(id);
        });
    }

    public Office office(long id) {
        return jdbc.sql("SELECT * FROM eo_office WHERE id = ?").param(id).query(Organisation::office).optional()
                .orElseThrow(() -> new EofficeNotFoundException("Office", id));
    }

    public List<Office> offices() {
        return jdbc.sql("SELECT * FROM eo_office ORDER BY id").query(Organisation::office).list();
    }

    public Section createSection(long officeId, String code, String nameEn, String nameHi) {
        require(code, "code");
        require(nameEn, "nameEn");
        require(nameHi, "nameHi");
        office(officeId);
        long id = DatabaseRefusals.guard("Office " + officeId + " already has a section '" + code + "'", () -> jdbc.sql("""
                        INSERT INTO eo_section (office_id, code, name_en, name_hi) VALUES (?, ?, ?, ?) RETURNING id""")
                .params(officeId, code, nameEn, nameHi).query(Long.class).single());
        return section(id);
    }

    public Section section(long id) {
        return jdbc.sql("SELECT * FROM eo_section WHERE id = ?").param(id).query(Organisation::section).optional()
                .orElseThrow(() -> new EofficeNotFoundException("Section", id));
    }

    public List<Section> sections(long officeId) {
        office(officeId);
        return jdbc.sql("SELECT * FROM eo_section WHERE office_id = ? ORDER BY id").param(officeId)
                .query(Organisation::section).list();
    }

    public Post createPost(long sectionId, String designationEn, String designationHi, int rank, boolean officer) {
        require(designationEn, "designationEn");
        require(designationHi, "designationHi");
        if (rank < 1 || rank > 100) {
            throw new InvalidRequestException("rank must be between 1 and 100, not " + rank);
        }
        section(sectionId);
        long id = jdbc.sql("""
                        INSERT INTO eo_post (section_id, designation_en, designation_hi, rank, officer)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(sectionId, designationEn, designationHi, rank, officer).query(Long.class).single();
        return post(id);
    }

    public Post post(long id) {
        return jdbc.sql(POST_SELECT + " WHERE p.id = ?").param(id).query(Organisation::post).optional()
                .orElseThrow(() -> new EofficeNotFoundException("Post", id));
    }

    /** The posts of an office, senior first. */
    public List<Post> posts(long officeId) {
        office(officeId);
        return jdbc.sql(POST_SELECT + " WHERE s.office_id = ? ORDER BY p.rank DESC, p.id").param(officeId)
                .query(Organisation::post).list();
    }

    /** The posts {@code username} holds now. */
    public List<Post> postsOf(String username) {
        return jdbc.sql(POST_SELECT + " WHERE a.username = ? ORDER BY a.is_default DESC, p.id").param(username)
                .query(Organisation::post).list();
    }

    /**
     * Puts {@code username} on a post from now. A current holder is relieved at the same instant (a transfer); the
     * post's files stay where they are. With {@code makeDefault} it becomes the post the user acts for by default.
     */
    public Assignment assign(long postId, String username, boolean makeDefault) {
        post(postId);
        if (users.find(username).isEmpty()) {
            throw new EofficeNotFoundException("User", username);
        }
        return transaction.execute(status -> {
            Instant now = clock.instant();
            jdbc.sql("UPDATE eo_assignment SET until_time = ?, is_default = false WHERE post_id = ? AND until_time IS NULL")
                    .params(java.sql.Timestamp.from(now), postId).update();
            if (makeDefault) {
                jdbc.sql("UPDATE eo_assignment SET is_default = false WHERE username = ? AND until_time IS NULL")
                        .param(username).update();
            }
            long id = DatabaseRefusals.guard("Post " + postId + " already has a holder", () -> jdbc.sql("""
                            INSERT INTO eo_assignment (post_id, username, from_time, is_default) VALUES (?, ?, ?, ?)
                            RETURNING id""")
                    .params(postId, username, java.sql.Timestamp.from(now), makeDefault).query(Long.class).single());
            return new Assignment(id, postId, username, now, null, makeDefault);
        });
    }

    /** Relieves the current holder of a post (the post stays, vacant). */
    public void relieve(long postId) {
        int ended = jdbc.sql("UPDATE eo_assignment SET until_time = ?, is_default = false WHERE post_id = ? AND until_time IS NULL")
                .params(java.sql.Timestamp.from(clock.instant()), postId).update();
        if (ended == 0) {
            throw new RuleViolationException("Post " + postId + " has no holder to relieve");
        }
    }

    /** Everyone who held a post, oldest first. */
    public List<Assignment> assignments(long postId) {
        post(postId);
        return jdbc.sql("SELECT * FROM eo_assignment WHERE post_id = ? ORDER BY from_time, id").param(postId)
                .query((rs, n) -> new Assignment(rs.getLong("id"), rs.getLong("post_id"), rs.getString("username"),
                        rs.getTimestamp("from_time").toInstant(),
                        rs.getTimestamp("until_time") == null ? null : rs.getTimestamp("until_time").toInstant(),
                        rs.getBoolean("is_default")))
                .list();
    }

    /**
     * The desk {@code username} acts for: {@code postId} if they hold it now; without one, their default post, or
     * their only post.
     */
    public ActingDesk actingDesk(String username, Long postId) {
        List<Post> held = postsOf(username);
        Post post;
        if (postId != null) {
            post = held.stream().filter(p -> p.id() == postId).findFirst()
                    .orElseThrow(() -> new DeskNotHeldException(username, postId));
        } else if (held.isEmpty()) {
            throw new DeskNotHeldException("User '" + username + "' holds no post; an administrator must assign one");
        } else {
            post = held.getFirst();
        }
        return new ActingDesk(post.id(), post.sectionId(), post.officeId(), post.rank(), username);
    }

    /** Allows a functional head for file numbers in an office (an office with none allows any head). */
    public void addFileHead(long officeId, String code, String description) {
        require(code, "code");
        office(officeId);
        DatabaseRefusals.guard("Office " + officeId + " already has head '" + code + "'", () -> jdbc.sql(
                        "INSERT INTO eo_file_head (office_id, code, description) VALUES (?, ?, ?)")
                .params(officeId, code, description == null ? "" : description).update());
    }

    /** The heads an office allows, by code. */
    public List<String> fileHeads(long officeId) {
        return jdbc.sql("SELECT code FROM eo_file_head WHERE office_id = ? ORDER BY code").param(officeId)
                .query(String.class).list();
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(name + " is required");
        }
    }

    private static Office office(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new Office(rs.getLong("id"), rs.wasNull() ? null : parent, rs.getString("code"), rs.getString("name_en"),
                rs.getString("name_hi"), rs.getString("level"), rs.getString("file_scheme"), rs.getBoolean("free_numbers"),
                rs.getObject("files_folder", UUID.class), rs.getObject("receipts_folder", UUID.class));
    }

    private static Section section(ResultSet rs, int row) throws SQLException {
        return new Section(rs.getLong("id"), rs.getLong("office_id"), rs.getString("code"), rs.getString("name_en"),
                rs.getString("name_hi"));
    }

    private static Post post(ResultSet rs, int row) throws SQLException {
        String en = rs.getString("designation_en") + ", " + rs.getString("section_en") + ", " + rs.getString("office_en");
        String hi = rs.getString("designation_hi") + ", " + rs.getString("section_hi") + ", " + rs.getString("office_hi");
        return new Post(rs.getLong("id"), rs.getLong("section_id"), rs.getLong("office_id"), rs.getString("designation_en"),
                rs.getString("designation_hi"), rs.getInt("rank"), rs.getBoolean("officer"), en, hi, rs.getString("holder"));
    }
}
