package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.daftar.eoffice.draft.Dispatch;
import org.daftar.eoffice.draft.Draft;
import org.daftar.eoffice.draft.RegisterEntry;
import org.daftar.eoffice.draft.RegisterPage;
import org.daftar.eoffice.efile.EFile;
import org.junit.jupiter.api.Test;

class DispatchRegisterTest extends EofficeTestBase {

    @Test
    void theRegisterIsPagedNewestFirstWithTheYearsTotalAndSaysWhichFilesTheReaderMayOpen() {
        EFile normal = newFile(sehore.assistant(), "Register paging");
        List<Draft> drafts = List.of(
                eoffice.drafts().create(sehore.assistant(), normal.item().nodeId(), "First", "SDM Ashta", "one", null),
                eoffice.drafts().create(sehore.assistant(), normal.item().nodeId(), "Second", "Tehsildar", "two", null),
                eoffice.drafts().create(sehore.assistant(), normal.item().nodeId(), "Third", "Patwari", "three", null));
        send(sehore.assistant(), normal, sehore.deputy());
        List<String> numbers = drafts.stream().map(d -> {
            eoffice.drafts().approve(sehore.deputy(), d.id());
            return eoffice.drafts().issue(sehore.deputy(), d.id(), "Speed Post").dispatchNumber();
        }).toList();
        EFile secret = newFile(sehore.deputy(), "Register secret", "Secret");
        Draft hidden = eoffice.drafts().create(sehore.deputy(), secret.item().nodeId(), "Secret letter", "SP", "x", null);
        send(sehore.deputy(), secret, sehore.collector());
        eoffice.drafts().approve(sehore.collector(), hidden.id());
        String secretNumber = eoffice.drafts().issue(sehore.collector(), hidden.id(), "Hand").dispatchNumber();

        RegisterPage first = eoffice.dispatchRegister().page(sehore.clerk().username(), sehore.district().id(), 2026, 0, 3);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.entries()).extracting(e -> e.dispatch().dispatchNumber())
                .containsExactly(secretNumber, numbers.get(2), numbers.get(1));
        RegisterPage second = eoffice.dispatchRegister().page(sehore.clerk().username(), sehore.district().id(), 2026, 3, 3);
        assertThat(second.entries()).extracting(e -> e.dispatch().dispatchNumber()).containsExactly(numbers.get(0));
        Dispatch oldest = second.entries().getFirst().dispatch();
        assertThat(oldest.subject()).isEqualTo("First");
        assertThat(oldest.fileNumber()).isEqualTo(normal.item().number());
        assertThat(oldest.mode()).isEqualTo("Speed Post");
        assertThat(oldest.dispatchedByPost()).isEqualTo(sehore.deputy().postId());

        // The Establishment clerk reads the register but not the Revenue files; the Additional Collector (an officer
        // of the office) reads the Normal file but not the Secret one; the Collector, in its chain, reads both.
        assertThat(readable(sehore.clerk())).containsExactly(false, false, false, false);
        assertThat(readable(sehore.additional())).containsExactly(false, true, true, true);
        assertThat(readable(sehore.collector())).containsExactly(true, true, true, true);

        // The Secret letter's subject is withheld from those who may not open its file; Normal subjects are not.
        assertThat(subjects(sehore.clerk())).containsExactly(null, "Third", "Second", "First");
        assertThat(subjects(sehore.additional())).containsExactly(null, "Third", "Second", "First");
        assertThat(subjects(sehore.collector())).containsExactly("Secret letter", "Third", "Second", "First");
        assertThat(eoffice.dispatchRegister().year(sehore.clerk().username(), sehore.district().id(), 2026))
                .extracting(Dispatch::subject).containsExactly("First", "Second", "Third", null);

        // The same entries as the register the REST side lists, in dispatch order there.
        assertThat(eoffice.dispatchRegister().year(sehore.clerk().username(), sehore.district().id(), 2026))
                .extracting(Dispatch::dispatchNumber).containsExactly(numbers.get(0), numbers.get(1), numbers.get(2), secretNumber);
        assertThat(eoffice.dispatchRegister().page(sehore.clerk().username(), sehore.district().id(), 2027, 0, 10))
                .isEqualTo(new RegisterPage(List.of(), 0));
    }

    @Test
    void aUserWithoutAPostInTheOfficeIsToldTheRegisterDoesNotExist() {
        assertThatThrownBy(() -> eoffice.dispatchRegister().page(sehore.tehsilReader().username(), sehore.district().id(),
                2026, 0, 10)).isInstanceOf(EofficeNotFoundException.class).hasMessageContaining("Dispatch register");
    }

    @Test
    void aPageOutsideTheLimitsIsRefusedNamingThem() {
        for (int[] bad : new int[][] {{-1, 10}, {0, 0}, {0, 501}}) {
            assertThatThrownBy(() -> eoffice.dispatchRegister().page(sehore.clerk().username(), sehore.district().id(),
                    2026, bad[0], bad[1])).isInstanceOf(InvalidRequestException.class).hasMessageContaining("1 to 500");
        }
    }

    private List<String> subjects(ActingDesk reader) {
        return eoffice.dispatchRegister().page(reader.username(), sehore.district().id(), 2026, 0, 10).entries().stream()
                .map(e -> e.dispatch().subject()).toList();
    }

    private List<Boolean> readable(ActingDesk reader) {
        return eoffice.dispatchRegister().page(reader.username(), sehore.district().id(), 2026, 0, 10).entries().stream()
                .map(RegisterEntry::fileReadable).toList();
    }
}
