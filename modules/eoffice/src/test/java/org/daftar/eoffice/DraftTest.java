package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.daftar.eoffice.draft.Dispatch;
import org.daftar.eoffice.draft.Draft;
import org.daftar.eoffice.draft.DraftStatus;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class DraftTest extends EofficeTestBase {

    @Test
    void eachEditIsANewVersionAndAnEditAfterApprovalNeedsApprovalAgain() {
        EFile file = newFile(sehore.assistant(), "Draft versions");
        Draft draft = eoffice.drafts().create(sehore.assistant(), file.item().nodeId(), "Letter", "SDM Ashta", "v1", null);
        eoffice.drafts().edit(sehore.assistant(), draft.id(), "v2");
        send(sehore.assistant(), file, sehore.os());
        Draft approved = eoffice.drafts().approve(sehore.os(), draft.id());
        assertThat(approved.status()).isEqualTo(DraftStatus.Approved);
        Draft edited = eoffice.drafts().edit(sehore.os(), draft.id(), "v3 by OS");
        assertThat(edited.status()).isEqualTo(DraftStatus.Draft);
        assertThat(repository.nodes().versions(draft.id())).hasSize(3);
    }

    @Test
    void theAuthorCannotApproveTheirOwnDraft() {
        EFile file = newFile(sehore.assistant(), "Self approval");
        Draft draft = eoffice.drafts().create(sehore.assistant(), file.item().nodeId(), "Letter", null, "text", null);
        assertThatThrownBy(() -> eoffice.drafts().approve(sehore.assistant(), draft.id()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("above its author");
    }

    @Test
    void aJuniorDeskCannotApproveEvenWhenHoldingTheFile() {
        EFile file = newFile(sehore.os(), "Junior approval");
        Draft draft = eoffice.drafts().create(sehore.os(), file.item().nodeId(), "Letter", null, "text", null);
        send(sehore.os(), file, sehore.assistant());
        assertThatThrownBy(() -> eoffice.drafts().approve(sehore.assistant(), draft.id()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("rank 10");
    }

    @Test
    void onlyAnApprovedDraftIsIssuedWithTheNextDispatchNumberAndThenNeverChanges() {
        EFile file = newFile(sehore.assistant(), "Dispatch");
        Draft draft = eoffice.drafts().create(sehore.assistant(), file.item().nodeId(), "Order", "Tehsildar", "text", null);
        assertThatThrownBy(() -> eoffice.drafts().issue(sehore.assistant(), draft.id(), "Post"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("approved");
        send(sehore.assistant(), file, sehore.deputy());
        eoffice.drafts().approve(sehore.deputy(), draft.id());
        Dispatch dispatch = eoffice.drafts().issue(sehore.deputy(), draft.id(), "Email");
        assertThat(dispatch.dispatchNumber()).matches("D-[0-9]+/2026/COLL-SEH");
        assertThat(eoffice.dispatchRegister().year(sehore.deputy().username(), sehore.district().id(), 2026))
                .extracting(Dispatch::draftId).contains(draft.id());
        assertThatThrownBy(() -> eoffice.drafts().edit(sehore.deputy(), draft.id(), "later"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("issued");
        assertThatThrownBy(() -> jdbc.sql("UPDATE eo_draft SET status = 'Draft', approved_by_post = NULL WHERE node_id = ?")
                .param(draft.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(ItemKind.file).isNotNull();
    }
}
