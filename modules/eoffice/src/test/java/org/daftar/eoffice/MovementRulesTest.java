package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.DeskFolders.Folder;
import org.daftar.eoffice.movement.FolderEntry;
import org.daftar.eoffice.movement.HoldingPeriod;
import org.daftar.eoffice.movement.Movement;
import org.daftar.eoffice.movement.Movements;
import org.junit.jupiter.api.Test;

class MovementRulesTest extends EofficeTestBase {

    Movements movements() {
        return eoffice.movements();
    }

    @Test
    void aSentFileArrivesUnreadInTheReceiversInboxAndIsReadOnceOpened() {
        EFile file = newFile(sehore.assistant(), "नामांतरण प्रकरण ग्राम बिलकिसगंज");
        send(sehore.assistant(), file, sehore.os());

        FolderEntry entry = inbox(sehore.os()).stream().filter(e -> e.itemId().equals(file.item().nodeId())).findFirst().orElseThrow();
        assertThat(entry.unread()).isTrue();
        assertThat(entry.fromPost()).isEqualTo(sehore.assistant().postId());
        assertThat(movements().open(sehore.os(), file.item().nodeId(), ItemKind.file)).isTrue();
        assertThat(movements().open(sehore.os(), file.item().nodeId(), ItemKind.file)).isFalse();
        assertThat(inbox(sehore.os()).stream().filter(e -> e.itemId().equals(file.item().nodeId())).findFirst()
                .orElseThrow().unread()).isFalse();
        assertThat(eoffice.folders().list(sehore.assistant().postId(), Folder.sent, "file", 0, 100))
                .extracting(FolderEntry::itemId).contains(file.item().nodeId());
    }

    @Test
    void aDeskNotHoldingTheFileCannotSendItAndIsToldWhoHoldsIt() {
        EFile file = newFile(sehore.assistant(), "Sending by a non-holder");
        assertThatThrownBy(() -> send(sehore.os(), file, sehore.deputy()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("held by post " + sehore.assistant().postId())
                .extracting(e -> ((RuleViolationException) e).details().get("holderPostId"))
                .isEqualTo(sehore.assistant().postId());
    }

    @Test
    void theSenderPullsBackAFileWhileItIsUnopened() {
        EFile file = newFile(sehore.assistant(), "Pull back before opening");
        send(sehore.assistant(), file, sehore.os());

        movements().pullBack(sehore.assistant(), file.item().nodeId(), ItemKind.file, "sent by mistake");

        assertThat(eoffice.files().get(sehore.assistant().username(), file.item().nodeId()).item().holderPost())
                .isEqualTo(sehore.assistant().postId());
        assertThat(movements().history(sehore.assistant().username(), file.item().nodeId()))
                .extracting(Movement::action).containsExactly("Created", "Sent", "PulledBack");
        assertThat(inbox(sehore.os())).extracting(FolderEntry::itemId).doesNotContain(file.item().nodeId());
    }

    @Test
    void aFileOpenedByItsReceiverCannotBePulledBack() {
        EFile file = newFile(sehore.assistant(), "Pull back after opening");
        send(sehore.assistant(), file, sehore.os());
        movements().open(sehore.os(), file.item().nodeId(), ItemKind.file);

        assertThatThrownBy(() -> movements().pullBack(sehore.assistant(), file.item().nodeId(), ItemKind.file, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already been opened");
    }

    @Test
    void onlyTheSenderCanPullBack() {
        EFile file = newFile(sehore.assistant(), "Pull back by someone else");
        send(sehore.assistant(), file, sehore.os());
        assertThatThrownBy(() -> movements().pullBack(sehore.deputy(), file.item().nodeId(), ItemKind.file, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("only its sender");
    }

    @Test
    void aParkedFileLeavesPendencyCannotMoveAndReturnsWhenMadeActive() {
        EFile file = newFile(sehore.assistant(), "Awaiting report from Tehsildar");
        UUID id = file.item().nodeId();
        movements().park(sehore.assistant(), id, ItemKind.file, "awaiting Tehsildar's report");

        assertThat(eoffice.folders().list(sehore.assistant().postId(), Folder.parked, null, 0, 100))
                .extracting(FolderEntry::itemId).contains(id);
        assertThat(inbox(sehore.assistant())).extracting(FolderEntry::itemId).doesNotContain(id);
        assertThatThrownBy(() -> send(sehore.assistant(), file, sehore.os()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("parked");
        assertThatThrownBy(() -> movements().park(sehore.assistant(), id, ItemKind.file, null))
                .isInstanceOf(RuleViolationException.class);

        movements().activate(sehore.assistant(), id, ItemKind.file, "report received");
        assertThat(inbox(sehore.assistant())).extracting(FolderEntry::itemId).contains(id);
    }

    @Test
    void onlyTheCreatingDeskClosesAFileWithARemarkAndOnlyTheCloserReopensIt() {
        EFile file = newFile(sehore.assistant(), "Closing rules");
        UUID id = file.item().nodeId();
        send(sehore.assistant(), file, sehore.os());

        assertThatThrownBy(() -> movements().close(sehore.os(), id, ItemKind.file, "disposed"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("only the creating desk");
        eoffice.movements().send(sehore.os(), id, ItemKind.file, sehore.assistant().postId(), "back", null, null);
        assertThatThrownBy(() -> movements().close(sehore.assistant(), id, ItemKind.file, " "))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("remark");

        movements().close(sehore.assistant(), id, ItemKind.file, "disposed of; order issued");
        assertThat(eoffice.folders().list(sehore.assistant().postId(), Folder.closed, "file", 0, 100))
                .extracting(FolderEntry::itemId).contains(id);
        assertThatThrownBy(() -> send(sehore.assistant(), file, sehore.os()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> movements().reopen(sehore.os(), id, ItemKind.file, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("only that desk");

        movements().reopen(sehore.assistant(), id, ItemKind.file, "appeal received");
        assertThat(eoffice.files().get(sehore.assistant().username(), id).item().status().name()).isEqualTo("Active");
    }

    @Test
    void theHistorySaysWhoHeldTheFileFromWhenToWhenWithWhatRemark() {
        EFile file = newFile(sehore.assistant(), "Holding periods");
        send(sehore.assistant(), file, sehore.os());
        eoffice.movements().send(sehore.os(), file.item().nodeId(), ItemKind.file, sehore.deputy().postId(),
                "put up for orders", null, null);

        List<HoldingPeriod> periods = movements().holders(sehore.deputy().username(), file.item().nodeId());
        assertThat(periods).extracting(HoldingPeriod::postId)
                .containsExactly(sehore.assistant().postId(), sehore.os().postId(), sehore.deputy().postId());
        assertThat(periods.get(2).remarks()).isEqualTo("put up for orders");
        assertThat(periods.get(2).until()).isNull();
        assertThat(periods.get(0).until()).isEqualTo(periods.get(1).from());
    }

    @Test
    void aDeskCannotSendToItselfOrToAPostThatDoesNotExist() {
        EFile file = newFile(sehore.assistant(), "Bad receivers");
        assertThatThrownBy(() -> send(sehore.assistant(), file, sehore.assistant()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> eoffice.movements().send(sehore.assistant(), file.item().nodeId(), ItemKind.file,
                999_999, null, null, null)).isInstanceOf(EofficeNotFoundException.class);
    }

    @Test
    void everyMovementTouchesTheItemsNodeSoIndexersSeeTheNewReaders() {
        EFile file = newFile(sehore.assistant(), "Touch on move");
        var before = repository.nodes().get(file.item().nodeId()).modifiedAt();
        send(sehore.assistant(), file, sehore.os());
        assertThat(repository.nodes().get(file.item().nodeId()).modifiedAt()).isAfter(before);
        assertThat(eoffice.access().readers(repository.nodes().get(file.item().nodeId())))
                .contains("desk:" + sehore.os().postId());
    }

    private List<FolderEntry> inbox(ActingDesk desk) {
        return eoffice.folders().list(desk.postId(), Folder.inbox, null, 0, 1000);
    }
}
