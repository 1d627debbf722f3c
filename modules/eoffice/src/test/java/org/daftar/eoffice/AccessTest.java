package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.daftar.eoffice.efile.EFile;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.node.Node;
import org.junit.jupiter.api.Test;

class AccessTest extends EofficeTestBase {

    @Test
    void aNormalFileIsReadByItsChainItsSectionAndTheOfficersOfItsOfficeButNotByOtherSectionsOrOffices() {
        EFile file = newFile(sehore.assistant(), "Normal file");
        Node node = repository.nodes().get(file.item().nodeId());
        ReadAccess access = eoffice.access();
        assertThat(access.canRead(sehore.assistant().username(), node)).isTrue();
        assertThat(access.canRead(sehore.os().username(), node)).as("same section").isTrue();
        assertThat(access.canRead(sehore.collector().username(), node)).as("officer of the office").isTrue();
        assertThat(access.canRead(sehore.clerk().username(), node)).as("other section").isFalse();
        assertThat(access.canRead(sehore.tehsilReader().username(), node)).as("other office").isFalse();
        assertThat(access.readers(node)).contains("desk:" + sehore.assistant().postId(),
                "section:" + sehore.revenue().id(), "office:" + sehore.district().id());
    }

    @Test
    void aConfidentialFileIsReadOnlyByTheDesksOfItsMovementChain() {
        EFile file = newFile(sehore.assistant(), "गोपनीय प्रतिवेदन", "Confidential");
        Node node = repository.nodes().get(file.item().nodeId());
        ReadAccess access = eoffice.access();
        assertThat(access.canRead(sehore.os().username(), node)).isFalse();
        assertThat(access.canRead(sehore.collector().username(), node)).isFalse();
        assertThatThrownBy(() -> eoffice.files().get(sehore.os().username(), file.item().nodeId()))
                .isInstanceOf(EofficeNotFoundException.class);

        send(sehore.assistant(), file, sehore.deputy());
        node = repository.nodes().get(file.item().nodeId());
        assertThat(access.canRead(sehore.deputy().username(), node)).isTrue();
        assertThat(access.canRead(sehore.assistant().username(), node)).as("the chain keeps access").isTrue();
        assertThat(access.canRead(sehore.os().username(), node)).isFalse();
        assertThat(access.readers(node)).containsExactlyInAnyOrder("desk:" + sehore.assistant().postId(),
                "desk:" + sehore.deputy().postId());
    }

    @Test
    void notesAndDraftsInAFileFollowTheFilesAccess() {
        EFile file = newFile(sehore.assistant(), "Secret note", "Secret");
        var note = eoffice.notes().add(sehore.assistant(), file.item().nodeId(), "secret", null);
        Node noteNode = repository.nodes().get(note.id());
        assertThat(eoffice.access().canRead(sehore.os().username(), noteNode)).isFalse();
        assertThat(eoffice.access().canRead(sehore.assistant().username(), noteNode)).isTrue();
    }

    @Test
    void aTransferredUserLosesTheDeskAndItsSuccessorGainsIt() {
        EFile file = newFile(sehore.clerk(), "Establishment file", "Confidential");
        repository.users().create(new org.daftar.repository.user.UserAccount("successor", "Successor",
                "{noop}not-a-real-password-hash", false, true));
        eoffice.organisation().assign(sehore.clerk().postId(), "successor", true);
        Node node = repository.nodes().get(file.item().nodeId());
        assertThat(eoffice.access().canRead("successor", node)).isTrue();
        assertThat(eoffice.access().canRead(sehore.clerk().username(), node)).isFalse();
        assertThatThrownBy(() -> eoffice.organisation().actingDesk(sehore.clerk().username(), sehore.clerk().postId()))
                .isInstanceOf(DeskNotHeldException.class);
        assertThat(eoffice.folders().list(sehore.clerk().postId(),
                org.daftar.eoffice.movement.DeskFolders.Folder.inbox, null, 0, 10)).isNotEmpty();
    }

    @Test
    void nodesOutsideTheEofficeFallBackToTheGradingRule() {
        Node folder = repository.nodes().createFolder(new org.daftar.repository.node.NewNode(
                org.daftar.repository.node.NodeService.ROOT_ID, "plain", "cm:folder", null, null), "admin");
        assertThat(eoffice.access().readers(folder)).containsExactly(ReadAccess.EVERYONE);
    }
}
