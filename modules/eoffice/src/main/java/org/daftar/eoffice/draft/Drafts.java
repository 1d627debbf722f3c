package org.daftar.eoffice.draft;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.RuleViolationException;
import org.daftar.eoffice.access.EofficeReadAccess;
import org.daftar.eoffice.item.Item;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.item.Items;
import org.daftar.eoffice.numbering.Counters;
import org.daftar.eoffice.organisation.Organisation;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeChange;
import org.daftar.repository.node.NodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts for approval: written in a file by the desk holding it, edited (a new version each time; an edit after
 * approval needs approval again), approved by a desk senior to the author that the file reached after the draft was
 * written, and issued with a dispatch number into the office's dispatch register.
 */
public final class Drafts {

    private final JdbcClient jdbc;
    private final NodeStore nodes;
    private final Organisation organisation;
    private final Items items;
    private final Counters counters;
    private final EofficeReadAccess access;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Drafts(JdbcClient jdbc, NodeStore nodes, Organisation organisation, Items items, Counters counters,
                  EofficeReadAccess access, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.organisation = organisation;
        this.items = items;
        this.counters = counters;
        this.access = access;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Writes a draft in a file held by the desk, optionally in reply to a receipt in that file. */
    public Draft create(ActingDesk desk, UUID fileId, String subject, String addressee, String text, UUID replyTo) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidRequestException("A draft needs a subject");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("A draft needs text");
        }
        return transaction.execute(status -> {
            Item file = items.lock(fileId, ItemKind.file, desk.username());
            Items.requireHolder(file, desk, "draft in it");
            file.status().requireActive(file.label());
            if (replyTo != null) {
                Item receipt = items.require(replyTo, ItemKind.receipt, desk.username());
                if (!fileId.equals(receipt.inFile())) {
                    throw new RuleViolationException(receipt.label() + " is not in this file; put it in the file first");
                }
            }
            Map<String, Object> p = new HashMap<>();
            p.put("eo:subject", subject);
            p.put("eo:draftStatus", "Draft");
            p.put("eo:draftAuthorDesk", Long.toString(desk.postId()));
            if (addressee != null && !addressee.isBlank()) {
                p.put("eo:addressee", addressee);
            }
            Node node = nodes.createDocument(new NewNode(fileId, "draft-" + UUID.randomUUID() + ".txt", "eo:draft",
                    Set.of(), p), content(text), desk.username());
            jdbc.sql("""
                            INSERT INTO eo_draft (node_id, file_id, reply_to, author_post, status, created_at)
                            VALUES (?, ?, ?, ?, 'Draft', ?)""")
                    .params(node.id(), fileId, replyTo, desk.postId(), Timestamp.from(clock.instant())).update();
            return read(node.id());
        });
    }

    /** A new version of the draft's text, by the desk holding the file; an approved draft returns to Draft. */
    public Draft edit(ActingDesk desk, UUID draftId, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("A draft needs text");
        }
        return transaction.execute(status -> {
            Row row = lockForHolder(desk, draftId, "edit it");
            if (row.status() == DraftStatus.Issued) {
                throw new RuleViolationException("The draft is issued as " + read(draftId).dispatchNumber()
                        + "; an issued letter cannot change");
            }
            jdbc.sql("UPDATE eo_draft SET status = 'Draft', approved_by_post = NULL, approved_at = NULL WHERE node_id = ?")
                    .param(draftId).update();
            Map<String, Object> changes = new HashMap<>();
            changes.put("eo:draftStatus", "Draft");
            changes.put("eo:approvedByDesk", null);
            changes.put("eo:approvedAt", null);
            nodes.newVersion(draftId, content(text), false, "edited", changes, desk.username());
            return read(draftId);
        });
    }

    /**
     * Approves a draft: the desk must hold the file, be senior to the author (higher rank) and have received the file
     * after the draft was written (so it sits above the author in the file's movement chain).
     */
    public Draft approve(ActingDesk desk, UUID draftId) {
        return transaction.execute(status -> {
            Row row = lockForHolder(desk, draftId, "approve it");
            if (row.status() != DraftStatus.Draft) {
                throw new RuleViolationException("The draft is already " + row.status());
            }
            int authorRank = organisation.post(row.authorPost()).rank();
            boolean reached = jdbc.sql("""
                            SELECT count(*) FROM eo_movement
                            WHERE item_id = ? AND action = 'Sent' AND to_post = ? AND at >= ? AND pulled_back_at IS NULL""")
                    .params(row.fileId(), desk.postId(), Timestamp.from(row.createdAt())).query(Long.class).single() > 0;
            if (row.authorPost() == desk.postId() || desk.rank() <= authorRank || !reached) {
                throw new RuleViolationException("A draft is approved by a desk above its author (post "
                        + row.authorPost() + ", rank " + authorRank + ") in the file's movement chain; post "
                        + desk.postId() + " (rank " + desk.rank() + ") is not");
            }
            Instant now = clock.instant();
            jdbc.sql("UPDATE eo_draft SET status = 'Approved', approved_by_post = ?, approved_at = ? WHERE node_id = ?")
                    .params(desk.postId(), Timestamp.from(now), draftId).update();
            nodes.update(draftId, NodeChange.properties(Map.of("eo:draftStatus", "Approved",
                    "eo:approvedByDesk", Long.toString(desk.postId()), "eo:approvedAt", now.toString())), desk.username());
            return read(draftId);
        });
    }

    /** Issues an approved draft: the next dispatch number of the office, an entry in the dispatch register. */
    public Dispatch issue(ActingDesk desk, UUID draftId, String mode) {
        return transaction.execute(status -> {
            Row row = lockForHolder(desk, draftId, "issue it");
            if (row.status() != DraftStatus.Approved) {
                throw new RuleViolationException("Only an approved draft can be issued; this one is " + row.status());
            }
            Item file = items.require(row.fileId(), ItemKind.file);
            String officeCode = organisation.office(file.officeId()).code();
            Instant now = clock.instant();
            int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
            long serial = counters.next(file.officeId(), Counters.Kind.dispatch, "", year);
            String number = "D-" + serial + "/" + year + "/" + officeCode;
            Draft draft = read(draftId);
            String addressee = draft.addressee() == null ? "" : draft.addressee();
            String how = mode == null || mode.isBlank() ? "Post" : mode;
            jdbc.sql("""
                            INSERT INTO eo_dispatch (office_id, serial, year, dispatch_number, draft_id, addressee, mode,
                                dispatched_at, dispatched_by_post) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(file.officeId(), serial, year, number, draftId, addressee, how, Timestamp.from(now),
                            desk.postId()).update();
            // The node first: once the row is issued, the database refuses any change to the node.
            nodes.update(draftId, NodeChange.properties(Map.of("eo:draftStatus", "Issued", "eo:dispatchNumber", number,
                    "eo:issuedAt", now.toString())), desk.username());
            jdbc.sql("UPDATE eo_draft SET status = 'Issued' WHERE node_id = ?").param(draftId).update();
            return new Dispatch(number, draftId, file.nodeId(), file.number(), draft.subject(), addressee, how, now,
                    desk.postId());
        });
    }

    /** The drafts of a file, oldest first. */
    public List<Draft> ofFile(String username, UUID fileId) {
        items.require(fileId, ItemKind.file);
        access.requireReadable(username, fileId, "File");
        return jdbc.sql("SELECT node_id FROM eo_draft WHERE file_id = ? ORDER BY created_at").param(fileId)
                .query(UUID.class).list().stream().map(this::read).toList();
    }

    /** One draft, for a user allowed to read its file. */
    public Draft get(String username, UUID draftId) {
        Row row = find(draftId);
        access.requireReadable(username, row.fileId(), "Draft");
        return read(draftId);
    }

    private record Row(UUID nodeId, UUID fileId, long authorPost, DraftStatus status, Instant createdAt) {
    }

    private Row find(UUID draftId) {
        return jdbc.sql("SELECT * FROM eo_draft WHERE node_id = ?").param(draftId).query(Drafts::row).optional()
                .orElseThrow(() -> new EofficeNotFoundException("Draft", draftId));
    }

    private Row lockForHolder(ActingDesk desk, UUID draftId, String action) {
        Row row = find(draftId);
        Item file = items.lock(row.fileId(), ItemKind.file, desk.username());
        Items.requireHolder(file, desk, action);
        return find(draftId);
    }

    private Draft read(UUID draftId) {
        Node node = nodes.get(draftId);
        return jdbc.sql("SELECT * FROM eo_draft WHERE node_id = ?").param(draftId).query((rs, n) -> {
            long approver = rs.getLong("approved_by_post");
            Long approvedBy = rs.wasNull() ? null : approver;
            Timestamp approvedAt = rs.getTimestamp("approved_at");
            return new Draft(draftId, rs.getObject("file_id", UUID.class), rs.getObject("reply_to", UUID.class),
                    rs.getLong("author_post"), DraftStatus.valueOf(rs.getString("status")), approvedBy,
                    approvedAt == null ? null : approvedAt.toInstant(), (String) node.properties().get("eo:subject"),
                    (String) node.properties().get("eo:addressee"), node.versionLabel(),
                    (String) node.properties().get("eo:dispatchNumber"));
        }).single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("node_id", UUID.class), rs.getObject("file_id", UUID.class), rs.getLong("author_post"),
                DraftStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant());
    }

    private static NewContent content(String text) {
        return new NewContent(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "text/plain;charset=UTF-8");
    }
}
