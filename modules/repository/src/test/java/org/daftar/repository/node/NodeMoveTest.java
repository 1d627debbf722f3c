package org.daftar.repository.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.IllegalNodeOperationException;
import org.daftar.repository.NameConflictException;
import org.daftar.repository.Repository;
import org.daftar.repository.audit.AuditAction;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedDatabase.class)
class NodeMoveTest {

    private static final String ACTOR = "clerk1";

    @TempDir
    Path contentRoot;

    private NodeStore nodes;
    private Node a;
    private Node b;

    @BeforeEach
    void setUp(DataSource dataSource) {
        nodes = Repository.assemble(dataSource, contentRoot, 1 << 20).nodes();
        a = folder(NodeStore.ROOT_ID, "a-" + UUID.randomUUID());
        b = folder(NodeStore.ROOT_ID, "b-" + UUID.randomUUID());
    }

    private Node folder(UUID parent, String name) {
        return nodes.createFolder(new NewNode(parent, name, "cm:folder", Set.of(), Map.of()), ACTOR);
    }

    @Test
    void movedNodeAppearsUnderItsNewFolderWithItsSubtreeAndTheMoveIsAudited() {
        Node child = folder(a.id(), "Child");
        Node grandchild = folder(child.id(), "Grandchild");

        Node moved = nodes.move(child.id(), b.id(), "mover");

        assertThat(moved.parentId()).isEqualTo(b.id());
        assertThat(nodes.children(a.id(), 0, 10).totalItems()).isZero();
        assertThat(nodes.child(b.id(), "child")).contains(moved);
        assertThat(nodes.get(grandchild.id()).parentId()).isEqualTo(child.id());
        assertThat(nodes.history(child.id())).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(event.actor()).isEqualTo("mover");
            assertThat(event.details()).containsKey("parentId");
        });
    }

    @Test
    void aFolderCannotBeMovedBelowItself() {
        Node child = folder(a.id(), "Child");

        assertThatThrownBy(() -> nodes.move(a.id(), child.id(), ACTOR)).isInstanceOf(IllegalNodeOperationException.class);
        assertThatThrownBy(() -> nodes.move(a.id(), a.id(), ACTOR)).isInstanceOf(IllegalNodeOperationException.class);
        assertThat(nodes.get(a.id()).parentId()).isEqualTo(NodeStore.ROOT_ID);
    }

    @Test
    void aMoveOntoAnExistingNameIsRefusedAndChangesNothing() {
        Node first = folder(a.id(), "Same");
        folder(b.id(), "SAME");

        assertThatThrownBy(() -> nodes.move(first.id(), b.id(), ACTOR)).isInstanceOf(NameConflictException.class);
        assertThat(nodes.get(first.id()).parentId()).isEqualTo(a.id());
    }

    @Test
    void childLookupIgnoresCaseAndDeletedNodes() {
        Node child = folder(a.id(), "Register");

        assertThat(nodes.child(a.id(), "REGISTER")).map(Node::id).contains(child.id());
        nodes.delete(child.id(), ACTOR);
        assertThat(nodes.child(a.id(), "Register")).isEmpty();
    }
}
