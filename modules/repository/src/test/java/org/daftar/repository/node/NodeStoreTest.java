package org.daftar.repository.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.daftar.repository.IllegalNodeOperationException;
import org.daftar.repository.InvalidPropertiesException;
import org.daftar.repository.NameConflictException;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.UnknownTypeException;
import org.daftar.repository.audit.AuditAction;
import org.daftar.repository.audit.AuditEvent;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.daftar.repository.Repository;
import org.daftar.repository.version.Version;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(EmbeddedDatabase.class)
class NodeStoreTest {

    private static final String ACTOR = "clerk1";

    @TempDir
    Path contentRoot;

    private Repository repository;
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private NodeStore nodes;
    private Node folder;

    @BeforeEach
    void setUp(DataSource dataSource) {
        repository = Repository.assemble(dataSource, contentRoot, 1 << 20);
        jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
        nodes = repository.nodes();
        folder = nodes.createFolder(new NewNode(NodeStore.ROOT_ID, "folder-" + UUID.randomUUID(), "cm:folder",
                Set.of(), Map.of()), ACTOR);
    }

    private static NewContent text(String text) {
        return new NewContent(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "text/plain");
    }

    private static Map<String, Object> receiptProperties() {
        Map<String, Object> values = new HashMap<>();
        values.put("eo:diaryNumber", "12/2024/COLL-SEH");
        values.put("eo:senderName", "Tehsildar Ashta");
        values.put("eo:subject", "Mutation case 12/2024");
        values.put("eo:receivedDate", "2024-01-15");
        values.put("eo:grading", "Confidential");
        return values;
    }

    private Node receipt(String name) {
        return nodes.createDocument(new NewNode(folder.id(), name, "eo:receipt", Set.of(), receiptProperties()),
                text("letter text of " + name), ACTOR);
    }

    private long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(contentRoot)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private long blobRows() {
        return jdbc.sql("SELECT count(*) FROM content_blob").query(Long.class).single();
    }

    @Test
    void documentIsCreatedTypedWithMandatoryAspectsAndFirstVersion() {
        Node receipt = receipt("letter.pdf");
        Node read = nodes.get(receipt.id());
        assertThat(read.type()).isEqualTo("eo:receipt");
        assertThat(read.aspects()).contains("eo:graded", "eo:described", "eo:officeScoped", "cm:auditable");
        assertThat(read.properties()).containsEntry("eo:grading", "Confidential").containsEntry("eo:vip", false);
        assertThat(read.versionLabel()).isEqualTo("1.0");
        assertThat(read.content().size()).isEqualTo("letter text of letter.pdf".length());
        assertThat(read.content().mimeType()).isEqualTo("text/plain");
        assertThat(nodes.versions(receipt.id())).extracting(v -> v.label().toString()).containsExactly("1.0");
    }

    @Test
    void namesAreUniqueInAFolderIgnoringCase() {
        receipt("Order.pdf");
        assertThatThrownBy(() -> receipt("ORDER.pdf"))
                .isInstanceOf(NameConflictException.class)
                .hasMessageContaining("'ORDER.pdf' already exists");
        Node other = nodes.createFolder(new NewNode(NodeStore.ROOT_ID, "other-" + UUID.randomUUID(), "cm:folder",
                Set.of(), Map.of()), ACTOR);
        nodes.createDocument(new NewNode(other.id(), "Order.pdf", "cm:content", Set.of(), Map.of()), text("x"), ACTOR);
    }

    @Test
    void aFailedCreateLeavesNoContentAndNoRows() throws IOException {
        receipt("first.pdf");
        long files = storedFiles();
        long blobs = blobRows();
        // Different bytes, so the conflict happens after new content was promoted into the store.
        assertThatThrownBy(() -> nodes.createDocument(new NewNode(folder.id(), "first.pdf", "eo:receipt", Set.of(),
                receiptProperties()), text("completely different bytes"), ACTOR))
                .isInstanceOf(NameConflictException.class);
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(blobRows()).isEqualTo(blobs);
        assertThat(nodes.children(folder.id(), 0, 10).totalItems()).isEqualTo(1);
    }

    @Test
    void invalidPropertiesAreRefusedBeforeTheContentIsRead() {
        Map<String, Object> values = receiptProperties();
        values.remove("eo:subject");
        values.put("eo:grading", "Public");
        var content = new NewContent(new java.io.InputStream() {
            @Override
            public int read() {
                throw new AssertionError("content must not be read when the properties are invalid");
            }
        }, null);
        assertThatThrownBy(() -> nodes.createDocument(new NewNode(folder.id(), "r.pdf", "eo:receipt", Set.of(), values),
                content, ACTOR))
                .isInstanceOfSatisfying(InvalidPropertiesException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.property()).containsExactlyInAnyOrder("eo:subject", "eo:grading"));
    }

    @Test
    void unknownTypesAndAspectsAndWrongKindsAreRefused() {
        assertThatThrownBy(() -> nodes.createFolder(new NewNode(folder.id(), "x", "eo:fiel", Set.of(), Map.of()), ACTOR))
                .isInstanceOf(UnknownTypeException.class).hasMessageContaining("'eo:fiel'");
        assertThatThrownBy(() -> nodes.createFolder(new NewNode(folder.id(), "x", "cm:folder", Set.of("eo:nope"),
                Map.of()), ACTOR))
                .isInstanceOf(UnknownTypeException.class).hasMessageContaining("'eo:nope'");
        assertThatThrownBy(() -> nodes.createFolder(new NewNode(folder.id(), "x", "eo:receipt", Set.of(), Map.of()), ACTOR))
                .isInstanceOf(IllegalNodeOperationException.class).hasMessageContaining("document type");
        Node doc = nodes.createDocument(new NewNode(folder.id(), "d.txt", "cm:content", Set.of(), Map.of()), text("d"), ACTOR);
        assertThatThrownBy(() -> nodes.createFolder(new NewNode(doc.id(), "x", "cm:folder", Set.of(), Map.of()), ACTOR))
                .isInstanceOf(IllegalNodeOperationException.class).hasMessageContaining("only folders have children");
    }

    @Test
    void eachVersionKeepsItsOwnContentAndProperties() throws IOException {
        Node receipt = receipt("draft.txt");
        nodes.newVersion(receipt.id(), text("second text"), false, "typo fixed", Map.of("eo:subject", "Second subject"), ACTOR);
        Node third = nodes.newVersion(receipt.id(), text("third text"), true, "approved", Map.of(), ACTOR);
        assertThat(third.versionLabel()).isEqualTo("2.0");
        List<Version> versions = nodes.versions(receipt.id());
        assertThat(versions).extracting(v -> v.label().toString()).containsExactly("2.0", "1.1", "1.0");
        Version first = nodes.version(receipt.id(), "1.0");
        Version minor = nodes.version(receipt.id(), "1.1");
        assertThat(Files.readString(nodes.contentPath(first.content()))).isEqualTo("letter text of draft.txt");
        assertThat(Files.readString(nodes.contentPath(minor.content()))).isEqualTo("second text");
        assertThat(first.properties()).containsEntry("eo:subject", "Mutation case 12/2024");
        assertThat(minor.properties()).containsEntry("eo:subject", "Second subject");
        assertThat(minor.comment()).isEqualTo("typo fixed");
    }

    @Test
    void propertyUpdatesAreValidatedAndAudited() {
        Node receipt = receipt("update.pdf");
        Node updated = nodes.update(receipt.id(), new NodeChange("renamed.pdf", Set.of("eo:ocr"), Set.of(),
                Map.of("eo:vip", true, "eo:ocrConfidence", 91.5, "eo:ocrLanguages", "eng+hin")), "officer1");
        assertThat(updated.name()).isEqualTo("renamed.pdf");
        assertThat(nodes.get(receipt.id()).properties()).containsEntry("eo:vip", true).containsEntry("eo:ocrConfidence", 91.5);
        assertThatThrownBy(() -> nodes.update(receipt.id(), new NodeChange(null, Set.of(), Set.of("eo:graded"), Map.of()), ACTOR))
                .isInstanceOf(IllegalNodeOperationException.class).hasMessageContaining("mandatory");
        List<AuditEvent> history = nodes.history(receipt.id());
        assertThat(history).extracting(AuditEvent::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(history.get(1).actor()).isEqualTo("officer1");
        assertThat(history.get(1).details()).containsKeys("name", "aspects", "properties");
    }

    @Test
    void childrenArePagedFoldersFirstThenByName() {
        for (String name : List.of("c.txt", "A.txt", "b.txt")) {
            nodes.createDocument(new NewNode(folder.id(), name, "cm:content", Set.of(), Map.of()), text(name), ACTOR);
        }
        nodes.createFolder(new NewNode(folder.id(), "z-folder", "cm:folder", Set.of(), Map.of()), ACTOR);
        Page<Node> first = nodes.children(folder.id(), 0, 2);
        assertThat(first.items()).extracting(Node::name).containsExactly("z-folder", "A.txt");
        assertThat(first.totalItems()).isEqualTo(4);
        assertThat(first.hasMoreItems()).isTrue();
        Page<Node> second = nodes.children(folder.id(), 2, 2);
        assertThat(second.items()).extracting(Node::name).containsExactly("b.txt", "c.txt");
        assertThat(second.hasMoreItems()).isFalse();
    }

    @Test
    void deletingAFolderTrashesItsSubtreeAndRestoreBringsItBack() {
        Node sub = nodes.createFolder(new NewNode(folder.id(), "sub", "cm:folder", Set.of(), Map.of()), ACTOR);
        Node inner = nodes.createDocument(new NewNode(sub.id(), "inner.txt", "cm:content", Set.of(), Map.of()), text("i"), ACTOR);
        nodes.delete(sub.id(), ACTOR);
        assertThatThrownBy(() -> nodes.get(inner.id())).isInstanceOf(NodeNotFoundException.class);
        assertThat(nodes.trash(0, 100).items()).extracting(t -> t.node().id()).contains(sub.id()).doesNotContain(inner.id());
        // The name is free again while the folder is in the trash.
        Node replacement = nodes.createFolder(new NewNode(folder.id(), "sub", "cm:folder", Set.of(), Map.of()), ACTOR);
        assertThatThrownBy(() -> nodes.restore(sub.id(), ACTOR)).isInstanceOf(NameConflictException.class);
        nodes.delete(replacement.id(), ACTOR);
        nodes.restore(sub.id(), ACTOR);
        assertThat(nodes.get(inner.id()).name()).isEqualTo("inner.txt");
        assertThat(nodes.history(sub.id())).extracting(AuditEvent::action)
                .containsExactly(AuditAction.CREATE, AuditAction.DELETE, AuditAction.RESTORE);
    }

    @Test
    void theRootCannotBeDeleted() {
        assertThatThrownBy(() -> nodes.delete(NodeStore.ROOT_ID, ACTOR)).isInstanceOf(IllegalNodeOperationException.class);
    }

    @Test
    void theAuditLogRefusesChangesAtTheDatabase(@EmbeddedDatabase.Owner DataSource owner) {
        receipt("audited.pdf");
        // the application's role has no UPDATE or DELETE on it at all
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .rootCause().hasMessageContaining("permission denied");
        // and even the tables' owner is stopped by the trigger
        JdbcClient asOwner = JdbcClient.create(owner);
        assertThatThrownBy(() -> asOwner.sql("UPDATE audit_event SET actor = 'someone else'").update())
                .hasMessageContaining("audit_event is append-only");
        assertThatThrownBy(() -> asOwner.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("audit_event is append-only");
    }

    @Test
    void theDatabaseRefusesAFolderWithContentEvenFromOtherWriters() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO content_blob (hash, size) VALUES (repeat('a', 64), 1);
                UPDATE node SET content_hash = repeat('a', 64), content_size = 1 WHERE id = ?
                """).param(folder.id()).update())
                .hasMessageContaining("node_folder_has_no_content");
    }

    @Test
    void touchStampsTheNodeAsModifiedByTheActorAndLeavesItsPropertiesAlone() {
        Node receipt = receipt("touched.txt");
        nodes.touch(receipt.id(), "dak.clerk");
        Node touched = nodes.get(receipt.id());
        assertThat(touched.modifiedBy()).isEqualTo("dak.clerk");
        assertThat(touched.modifiedAt()).isAfterOrEqualTo(receipt.modifiedAt());
        assertThat(touched.properties()).isEqualTo(receipt.properties());
    }

    @Test
    void touchingAMissingOrTrashedNodeIsRefused() {
        Node receipt = receipt("to-trash.txt");
        nodes.delete(receipt.id(), ACTOR);
        assertThatThrownBy(() -> nodes.touch(receipt.id(), ACTOR)).isInstanceOf(NodeNotFoundException.class);
        assertThatThrownBy(() -> nodes.touch(UUID.randomUUID(), ACTOR)).isInstanceOf(NodeNotFoundException.class);
    }
}
