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
        // the clerk comes back (the class's other tests act as the clerk)
        eoffice.organisation().assign(sehore.clerk().postId(), sehore.clerk().username(), true);
        assertThat(eoffice.access().canRead(sehore.clerk().username(), node)).isTrue();
    }

    @Test
    void nodesOutsideTheEofficeFallBackToTheGradingRule() {
        Node folder = repository.nodes().createFolder(new org.daftar.repository.node.NewNode(
                org.daftar.repository.node.NodeStore.ROOT_ID, "plain", "cm:folder", null, null), "admin");
        assertThat(eoffice.access().readers(folder)).containsExactly(ReadAccess.EVERYONE);
    }

    @Test
    void theSqlFormOfTheRuleAgreesWithTheReadersForEveryUserAndKindOfNode() {
        EFile normal = newFile(sehore.assistant(), "Normal file");
        EFile confidential = newFile(sehore.assistant(), "गोपनीय प्रतिवेदन", "Confidential");
        send(sehore.assistant(), confidential, sehore.deputy());
        EFile secret = newFile(sehore.clerk(), "Secret note", "Secret");
        var note = eoffice.notes().add(sehore.clerk(), secret.item().nodeId(), "secret", null);
        var receipt = physicalReceipt(sehore.assistant(), "नामांतरण आवेदन");
        eoffice.receipts().putInFile(sehore.assistant(), receipt.item().nodeId(), normal.item().nodeId(), 1);
        var nodes = repository.nodes();
        Node plain = nodes.createFolder(new org.daftar.repository.node.NewNode(
                org.daftar.repository.node.NodeStore.ROOT_ID, "plain-sql", "cm:folder", null, null), "admin");
        // A receipt made through the repository alone (as a CMIS client does): no e-Office item, graded.
        Node gradedPlain = nodes.createDocument(new org.daftar.repository.node.NewNode(plain.id(), "graded.txt",
                "eo:receipt", null, java.util.Map.of("eo:diaryNumber", "1/2026/COLL", "eo:senderName", "तहसीलदार",
                "eo:subject", "गोपनीय", "eo:receivedDate", "2026-02-01", "eo:grading", "Confidential")),
                new org.daftar.repository.node.NewContent(new java.io.ByteArrayInputStream(new byte[] {'x'}),
                        "text/plain"), sehore.clerk().username());

        java.util.List<Node> all = java.util.List.of(nodes.get(normal.item().nodeId()),
                nodes.get(confidential.item().nodeId()), nodes.get(secret.item().nodeId()), nodes.get(note.id()),
                nodes.get(receipt.item().nodeId()), plain, gradedPlain);
        java.util.List<String> users = java.util.List.of(sehore.assistant().username(), sehore.os().username(),
                sehore.deputy().username(), sehore.collector().username(), sehore.clerk().username(),
                sehore.tehsilReader().username(), "admin");
        ReadAccess access = eoffice.access();
        int readable = 0;
        for (String user : users) {
            var condition = access.readableCondition("n", access.principals(user)).orElseThrow();
            for (Node node : all) {
                java.util.List<Object> parameters = new java.util.ArrayList<>(condition.parameters());
                parameters.add(node.id());
                boolean bySql = jdbc.sql("SELECT " + condition.sql() + " FROM node n WHERE n.id = ?")
                        .params(parameters).query(Boolean.class).single();
                assertThat(bySql).as(user + " reading " + node.name()).isEqualTo(access.canRead(user, node));
                readable += bySql ? 1 : 0;
            }
        }
        assertThat(readable).as("some of each").isBetween(1, users.size() * all.size() - 1);
    }
}
