package org.daftar.eoffice.note;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.RuleViolationException;
import org.daftar.eoffice.access.EofficeReadAccess;
import org.daftar.eoffice.item.Item;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.item.Items;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeChange;
import org.daftar.repository.node.NodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The noting side of a file. Only the desk holding the file writes notes; a note starts yellow, its author edits,
 * discards or confirms it, and a green note never changes. Paragraph numbers run through the file without gaps
 * (discarding a yellow note renumbers the yellow notes after it). Yellow notes are seen only by their author's desk.
 */
public final class Notesheets {

    private static final Pattern PAGE_REF = Pattern.compile("^([1-9][0-9]{0,5})/c$");

    private final JdbcClient jdbc;
    private final NodeStore nodes;
    private final Items items;
    private final EofficeReadAccess access;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Notesheets(JdbcClient jdbc, NodeStore nodes, Items items, EofficeReadAccess access,
                      TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.items = items;
        this.access = access;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Writes a yellow note as the next paragraph of the file. */
    public Note add(ActingDesk desk, UUID fileId, String text, List<String> correspondence) {
        requireText(text);
        return transaction.execute(status -> {
            Item file = items.lock(fileId, ItemKind.file, desk.username());
            Items.requireHolder(file, desk, "write notes in it");
            file.status().requireActive(file.label());
            List<String> refs = checkRefs(fileId, correspondence);
            int paragraph = jdbc.sql("SELECT coalesce(max(paragraph), 0) + 1 FROM eo_note WHERE file_id = ?")
                    .param(fileId).query(Integer.class).single();
            Instant now = clock.instant();
            Map<String, Object> properties = new HashMap<>();
            properties.put("eo:paragraphNumber", paragraph);
            properties.put("eo:noteState", "Yellow");
            properties.put("eo:authorDesk", Long.toString(desk.postId()));
            if (!refs.isEmpty()) {
                properties.put("eo:correspondenceRefs", refs);
            }
            Node node = nodes.createDocument(new NewNode(fileId, "note-" + UUID.randomUUID() + ".txt", "eo:note",
                    Set.of(), properties), content(text), desk.username());
            jdbc.sql("""
                            INSERT INTO eo_note (node_id, file_id, paragraph, author_post, state, created_at)
                            VALUES (?, ?, ?, ?, 'Yellow', ?)""")
                    .params(node.id(), fileId, paragraph, desk.postId(), Timestamp.from(now)).update();
            return new Note(node.id(), fileId, paragraph, desk.postId(), new NoteState.Yellow(), now, refs, text);
        });
    }

    /** Changes a yellow note's text (a new version of its document); refused for green notes. */
    public Note edit(ActingDesk desk, UUID noteId, String text, List<String> correspondence) {
        requireText(text);
        return transaction.execute(status -> {
            Row row = lockAsAuthor(desk, noteId, "edit it");
            List<String> refs = correspondence == null ? null : checkRefs(row.fileId(), correspondence);
            Map<String, Object> changes = new HashMap<>();
            if (refs != null) {
                changes.put("eo:correspondenceRefs", refs.isEmpty() ? null : refs);
            }
            nodes.newVersion(noteId, content(text), false, "edited", changes, desk.username());
            return read(noteId);
        });
    }

    /** Discards a yellow note; the yellow notes after it move up one paragraph. */
    public void discard(ActingDesk desk, UUID noteId) {
        transaction.executeWithoutResult(status -> {
            Row row = lockAsAuthor(desk, noteId, "discard it");
            jdbc.sql("DELETE FROM eo_note WHERE node_id = ?").param(noteId).update();
            nodes.delete(noteId, desk.username());
            jdbc.sql("SET CONSTRAINTS eo_note_paragraph_unique DEFERRED").update();
            List<UUID> later = jdbc.sql("""
                            UPDATE eo_note SET paragraph = paragraph - 1 WHERE file_id = ? AND paragraph > ? RETURNING node_id""")
                    .params(row.fileId(), row.paragraph()).query(UUID.class).list();
            for (UUID id : later) {
                int paragraph = jdbc.sql("SELECT paragraph FROM eo_note WHERE node_id = ?").param(id)
                        .query(Integer.class).single();
                nodes.update(id, NodeChange.properties(Map.of("eo:paragraphNumber", paragraph)), desk.username());
            }
        });
    }

    /** Confirms a yellow note: it turns green and can never change again. */
    public Note confirm(ActingDesk desk, UUID noteId) {
        return transaction.execute(status -> {
            Row row = lockAsAuthor(desk, noteId, "confirm it");
            Instant now = clock.instant();
            // The node first: once the row is green, the database refuses any change to the node.
            nodes.update(noteId, NodeChange.properties(Map.of("eo:noteState", "Green", "eo:confirmedAt", now.toString())),
                    desk.username());
            jdbc.sql("UPDATE eo_note SET state = 'Green', confirmed_at = ? WHERE node_id = ?")
                    .params(Timestamp.from(now), noteId).update();
            UUID notesheet = nodes.childIds(row.fileId(), "eo:notesheet").stream().findFirst().orElse(null);
            if (notesheet != null) {
                nodes.update(notesheet, NodeChange.properties(Map.of("eo:lastParagraphNumber", row.paragraph())),
                        desk.username());
            }
            return read(noteId);
        });
    }

    /** The notes of a file in paragraph order: green ones, and yellow ones of desks {@code username} holds. */
    public List<Note> list(String username, UUID fileId) {
        items.require(fileId, ItemKind.file);
        access.requireReadable(username, fileId, "File");
        Set<String> principals = access.principals(username);
        List<Note> notes = new ArrayList<>();
        for (Row row : jdbc.sql("SELECT * FROM eo_note WHERE file_id = ? ORDER BY paragraph").param(fileId)
                .query(Notesheets::row).list()) {
            if (row.state() instanceof NoteState.Green || principals.contains("desk:" + row.authorPost())) {
                notes.add(read(row.nodeId()));
            }
        }
        return notes;
    }

    /** One note, for a user allowed to read its file. */
    public Note get(String username, UUID noteId) {
        Row row = find(noteId);
        access.requireReadable(username, row.fileId(), "Note");
        if (row.state() instanceof NoteState.Yellow
                && !access.principals(username).contains("desk:" + row.authorPost())) {
            throw new EofficeNotFoundException("Note", noteId);
        }
        return read(noteId);
    }

    private record Row(UUID nodeId, UUID fileId, int paragraph, long authorPost, NoteState state, Instant createdAt) {
    }

    private Row find(UUID noteId) {
        return jdbc.sql("SELECT * FROM eo_note WHERE node_id = ?").param(noteId).query(Notesheets::row).optional()
                .orElseThrow(() -> new EofficeNotFoundException("Note", noteId));
    }

    private Row lockAsAuthor(ActingDesk desk, UUID noteId, String action) {
        Row row = find(noteId);
        Item file = items.lock(row.fileId(), ItemKind.file, desk.username());
        row = find(noteId);
        row.state().requireEditable("Note " + row.paragraph() + " of " + file.label());
        if (row.authorPost() != desk.postId()) {
            throw new RuleViolationException("Note " + row.paragraph() + " was written by post " + row.authorPost()
                    + "; only its author may " + action);
        }
        Items.requireHolder(file, desk, action);
        return row;
    }

    private Note read(UUID noteId) {
        Row row = find(noteId);
        Node node = nodes.get(noteId);
        String text;
        try {
            text = node.content() == null ? "" : Files.readString(nodes.contentPath(node.content()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        List<String> refs = (List<String>) node.properties().getOrDefault("eo:correspondenceRefs", List.of());
        return new Note(noteId, row.fileId(), row.paragraph(), row.authorPost(), row.state(), row.createdAt(),
                List.copyOf(refs), text);
    }

    /** References must name pages present in the file's correspondence. */
    private List<String> checkRefs(UUID fileId, List<String> refs) {
        if (refs == null || refs.isEmpty()) {
            return List.of();
        }
        int lastPage = jdbc.sql("SELECT coalesce(max(last_page), 0) FROM eo_correspondence WHERE file_id = ?")
                .param(fileId).query(Integer.class).single();
        for (String ref : refs) {
            Matcher m = PAGE_REF.matcher(ref == null ? "" : ref.strip());
            if (!m.matches()) {
                throw new InvalidRequestException("Correspondence reference '" + ref + "' must be a page like 4/c");
            }
            if (Integer.parseInt(m.group(1)) > lastPage) {
                throw new InvalidRequestException("Page " + ref + " is not in the correspondence of this file, which has "
                        + lastPage + " page(s)");
            }
        }
        return refs.stream().map(String::strip).toList();
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("A note needs text");
        }
    }

    private static NewContent content(String text) {
        return new NewContent(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "text/plain;charset=UTF-8");
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        NoteState state = "Green".equals(rs.getString("state")) ? new NoteState.Green(confirmed.toInstant())
                : new NoteState.Yellow();
        return new Row(rs.getObject("node_id", UUID.class), rs.getObject("file_id", UUID.class), rs.getInt("paragraph"),
                rs.getLong("author_post"), state, rs.getTimestamp("created_at").toInstant());
    }
}
