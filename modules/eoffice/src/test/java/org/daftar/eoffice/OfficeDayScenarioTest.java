package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.daftar.eoffice.draft.Dispatch;
import org.daftar.eoffice.draft.Draft;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.HoldingPeriod;
import org.daftar.eoffice.movement.Movement;
import org.daftar.eoffice.movement.Movements;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.note.Note;
import org.daftar.eoffice.pendency.Pendency;
import org.daftar.eoffice.pendency.PendencyReports.Level;
import org.daftar.eoffice.receipt.Receipt;
import org.junit.jupiter.api.Test;

/** A real office day at Collectorate Sehore, replayed through the services. */
class OfficeDayScenarioTest extends EofficeTestBase {

    @Test
    void aReceiptIsDiarisedFiledNotedSentUpDraftedApprovedDispatchedAndTheFileClosed() {
        Movements moves = eoffice.movements();
        ActingDesk ag2 = sehore.assistant();
        // 10:00 the dak counter diarises the Tehsildar's letter and the assistant opens a file for it
        Receipt receipt = physicalReceipt(ag2, "ग्राम बिलकिसगंज की भूमि खसरा 118/2 का नामांतरण");
        EFile file = newFile(ag2, "ग्राम बिलकिसगंज की भूमि खसरा 118/2 का नामांतरण");
        UUID fileId = file.item().nodeId();
        eoffice.receipts().putInFile(ag2, receipt.item().nodeId(), fileId, 2);
        Note n1 = eoffice.notes().add(ag2, fileId, "तहसीलदार आष्टा का प्रतिवेदन पृष्ठ 1/c पर है। आदेशार्थ प्रस्तुत।",
                List.of("1/c"));
        eoffice.notes().confirm(ag2, n1.id());
        moves.send(ag2, fileId, ItemKind.file, sehore.os().postId(), "आदेशार्थ", Priority.Immediate, null);

        // 11:30 OS opens it, notes, and puts it up to the Deputy Collector
        clock.advance(Duration.ofMinutes(90));
        moves.open(sehore.os(), fileId, ItemKind.file);
        Note n2 = eoffice.notes().add(sehore.os(), fileId, "Examined. Draft order put up.", null);
        eoffice.notes().confirm(sehore.os(), n2.id());
        Draft draft = eoffice.drafts().create(sehore.os(), fileId, "नामांतरण आदेश", "तहसीलदार आष्टा",
                "नामांतरण स्वीकृत किया जाता है।", receipt.item().nodeId());
        moves.send(sehore.os(), fileId, ItemKind.file, sehore.deputy().postId(), "for approval", null, null);

        // 14:00 Deputy Collector to Additional Collector
        clock.advance(Duration.ofMinutes(150));
        moves.open(sehore.deputy(), fileId, ItemKind.file);
        moves.send(sehore.deputy(), fileId, ItemKind.file, sehore.additional().postId(), "approval recommended", null, null);

        // 15:00 Additional Collector approves the draft, and it goes back down to be dispatched
        clock.advance(Duration.ofMinutes(60));
        moves.open(sehore.additional(), fileId, ItemKind.file);
        Note n3 = eoffice.notes().add(sehore.additional(), fileId, "Approved.", null);
        eoffice.notes().confirm(sehore.additional(), n3.id());
        eoffice.drafts().approve(sehore.additional(), draft.id());
        moves.send(sehore.additional(), fileId, ItemKind.file, ag2.postId(), "issue", null, null);

        // 16:00 the assistant issues the letter and closes the file
        clock.advance(Duration.ofMinutes(60));
        moves.open(ag2, fileId, ItemKind.file);
        Dispatch dispatch = eoffice.drafts().issue(ag2, draft.id(), "Post");
        moves.close(ag2, fileId, ItemKind.file, "आदेश जारी, प्रकरण समाप्त");

        List<Movement> history = moves.history(sehore.collector().username(), fileId);
        assertThat(history).extracting(Movement::action)
                .containsExactly("Created", "Sent", "Sent", "Sent", "Sent", "Closed");
        List<HoldingPeriod> holders = moves.holders(ag2.username(), fileId);
        assertThat(holders).extracting(HoldingPeriod::postId).containsExactly(ag2.postId(), sehore.os().postId(),
                sehore.deputy().postId(), sehore.additional().postId(), ag2.postId());
        assertThat(holders.get(1).held()).isBetween(Duration.ofMinutes(89), Duration.ofMinutes(91));
        assertThat(holders.get(2).remarks()).isEqualTo("for approval");
        assertThat(eoffice.notes().list(sehore.deputy().username(), fileId)).extracting(Note::paragraph)
                .containsExactly(1, 2, 3);
        assertThat(dispatch.fileNumber()).isEqualTo(file.item().number());
        assertThat(eoffice.dispatchRegister().year(ag2.username(), sehore.district().id(), 2026))
                .extracting(Dispatch::dispatchNumber).containsExactly(dispatch.dispatchNumber());
        Pendency revenue = eoffice.reports().pendency(sehore.district().id(), Level.section).stream()
                .filter(p -> p.id() == sehore.revenue().id()).findFirst().orElseThrow();
        assertThat(revenue.pending()).as("the receipt travels in the closed file; nothing is pending").isZero();
        assertThat(eoffice.reports().monthly(sehore.district().id(), 2026).get(2))
                .extracting(m -> m.created(), m -> m.received(), m -> m.sent(), m -> m.closed())
                .containsExactly(1L, 1L, 4L, 1L);
    }
}
