package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.note.Note;
import org.daftar.eoffice.note.NoteState;
import org.daftar.eoffice.note.Notesheets;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class NotesheetTest extends EofficeTestBase {

    Notesheets notes() {
        return eoffice.notes();
    }

    @Test
    void paragraphNumbersRunThroughTheWholeFileAcrossDesks() {
        EFile file = newFile(sehore.assistant(), "Paragraphs");
        Note first = notes().add(sehore.assistant(), file.item().nodeId(), "प्रकरण प्रस्तुत है।", null);
        notes().confirm(sehore.assistant(), first.id());
        send(sehore.assistant(), file, sehore.os());
        Note second = notes().add(sehore.os(), file.item().nodeId(), "Seen. Put up to DC.", null);

        assertThat(first.paragraph()).isEqualTo(1);
        assertThat(second.paragraph()).isEqualTo(2);
        assertThat(second.state()).isInstanceOf(NoteState.Yellow.class);
    }

    @Test
    void aYellowNoteIsEditedByItsAuthorAndKeepsItsVersions() {
        EFile file = newFile(sehore.assistant(), "Editing yellow");
        Note note = notes().add(sehore.assistant(), file.item().nodeId(), "draft one", null);
        Note edited = notes().edit(sehore.assistant(), note.id(), "draft two", null);
        assertThat(edited.text()).isEqualTo("draft two");
        assertThat(repository.nodes().versions(note.id())).hasSize(2);
    }

    @Test
    void aGreenNoteRefusesEveryChangeInCodeAndInTheDatabase() {
        EFile file = newFile(sehore.assistant(), "Green is final");
        Note note = notes().add(sehore.assistant(), file.item().nodeId(), "confirmed text", null);
        notes().confirm(sehore.assistant(), note.id());

        assertThatThrownBy(() -> notes().edit(sehore.assistant(), note.id(), "changed", null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("green note");
        assertThatThrownBy(() -> notes().discard(sehore.assistant(), note.id()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("green note");
        assertThatThrownBy(() -> notes().confirm(sehore.assistant(), note.id()))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE eo_note SET paragraph = 99 WHERE node_id = ?").param(note.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("green");
        assertThat(notes().get(sehore.assistant().username(), note.id()).text()).isEqualTo("confirmed text");
        assertThatThrownBy(() -> repository.nodes().update(note.id(), org.daftar.repository.node.NodeChange.properties(
                java.util.Map.of("eo:paragraphNumber", 7)), "someone"))
                .as("the generic node service cannot change a green note either")
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("green note");
        assertThatThrownBy(() -> repository.nodes().delete(note.id(), "someone"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aFileWithYellowNotesCannotMoveUntilTheyAreConfirmedOrDiscarded() {
        EFile file = newFile(sehore.assistant(), "Yellow blocks movement");
        Note keep = notes().add(sehore.assistant(), file.item().nodeId(), "keep", null);
        Note drop = notes().add(sehore.assistant(), file.item().nodeId(), "drop", null);

        assertThatThrownBy(() -> send(sehore.assistant(), file, sehore.os()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2 yellow note(s)");
        notes().confirm(sehore.assistant(), keep.id());
        notes().discard(sehore.assistant(), drop.id());
        send(sehore.assistant(), file, sehore.os());
        assertThat(eoffice.files().get(sehore.os().username(), file.item().nodeId()).item().holderPost())
                .isEqualTo(sehore.os().postId());
    }

    @Test
    void theDatabaseRefusesToMoveAFileWithYellowNotesEvenIfCodeForgetsToCheck() {
        EFile file = newFile(sehore.assistant(), "Trigger guards yellow");
        notes().add(sehore.assistant(), file.item().nodeId(), "yellow", null);
        assertThatThrownBy(() -> jdbc.sql("UPDATE eo_item SET holder_post = ? WHERE node_id = ?")
                .params(sehore.os().postId(), file.item().nodeId()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("yellow notes");
    }

    @Test
    void discardingAYellowNoteRenumbersTheYellowNotesAfterIt() {
        EFile file = newFile(sehore.assistant(), "Renumbering");
        Note one = notes().add(sehore.assistant(), file.item().nodeId(), "one", null);
        Note two = notes().add(sehore.assistant(), file.item().nodeId(), "two", null);
        Note three = notes().add(sehore.assistant(), file.item().nodeId(), "three", null);
        notes().discard(sehore.assistant(), two.id());

        List<Note> left = notes().list(sehore.assistant().username(), file.item().nodeId());
        assertThat(left).extracting(Note::text).containsExactly("one", "three");
        assertThat(left).extracting(Note::paragraph).containsExactly(1, 2);
        assertThat(repository.nodes().get(three.id()).properties().get("eo:paragraphNumber")).isEqualTo(2L);
        assertThat(one.paragraph()).isEqualTo(1);
    }

    @Test
    void onlyTheHoldingDeskWritesNotesAndOnlyTheAuthorChangesAYellowNote() {
        EFile file = newFile(sehore.assistant(), "Who may note");
        assertThatThrownBy(() -> notes().add(sehore.os(), file.item().nodeId(), "not mine", null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("only the holding desk");
    }

    @Test
    void yellowNotesAreSeenOnlyByTheirAuthorsDesk() {
        EFile file = newFile(sehore.assistant(), "Yellow privacy");
        Note note = notes().add(sehore.assistant(), file.item().nodeId(), "private draft", null);
        assertThat(notes().list(sehore.os().username(), file.item().nodeId())).isEmpty();
        assertThatThrownBy(() -> notes().get(sehore.os().username(), note.id()))
                .isInstanceOf(EofficeNotFoundException.class);
        assertThat(notes().list(sehore.assistant().username(), file.item().nodeId())).hasSize(1);
    }

    @Test
    void aNoteRefersOnlyToCorrespondencePagesTheFileHas() {
        EFile file = newFile(sehore.assistant(), "Page references");
        var receipt = physicalReceipt(sehore.assistant(), "Letter for page refs");
        eoffice.receipts().putInFile(sehore.assistant(), receipt.item().nodeId(), file.item().nodeId(), 4);

        Note note = notes().add(sehore.assistant(), file.item().nodeId(), "See page 4/c", List.of("4/c"));
        assertThat(note.correspondence()).containsExactly("4/c");
        assertThatThrownBy(() -> notes().add(sehore.assistant(), file.item().nodeId(), "See 9/c", List.of("9/c")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("4 page(s)");
        assertThatThrownBy(() -> notes().add(sehore.assistant(), file.item().nodeId(), "See p4", List.of("page 4")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("4/c");
        assertThat(ItemKind.file).isNotNull();
    }
}
