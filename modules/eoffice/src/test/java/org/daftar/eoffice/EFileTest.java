package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.efile.NewFile;
import org.daftar.eoffice.organisation.Office;
import org.junit.jupiter.api.Test;

class EFileTest extends EofficeTestBase {

    @Test
    void filesAreNumberedByTheOfficesSchemeWithASerialPerHeadPerYear() {
        EFile a1 = eoffice.files().create(sehore.assistant(), file("A-12011", null));
        EFile a2 = eoffice.files().create(sehore.assistant(), file("A-12011", null));
        EFile b1 = eoffice.files().create(sehore.assistant(), file("B-22013", null));
        long serial = Long.parseLong(a1.item().number().split("/")[1]);
        assertThat(a2.item().number()).isEqualTo("A-12011/" + (serial + 1) + "/2026-Rev");
        assertThat(b1.item().number()).isEqualTo("B-22013/1/2026-Rev");
        assertThat(a1.item().computerNumber()).isNotEqualTo(a2.item().computerNumber());
        assertThat(a1.node().properties()).containsEntry("eo:fileNumber", a1.item().number())
                .containsEntry("eo:computerNumber", a1.item().computerNumber());
        assertThat(a1.notesheetId()).isNotNull();
    }

    @Test
    void concurrentlyOpenedFilesNeverShareANumber() throws Exception {
        List<Future<String>> numbers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 30; i++) {
                numbers.add(pool.submit(() -> eoffice.files().create(sehore.os(), file("C-1", null)).item().number()));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> n : numbers) {
                distinct.add(n.get());
            }
            assertThat(distinct).hasSize(30);
        }
    }

    @Test
    void anOfficeRestrictedToHeadsRefusesOthersAndFreeNumbersOnlyWhereAllowed() {
        Office office = eoffice.organisation().createOffice(sehore.district().id(), "SDM-ASH", "SDM Ashta", "एसडीएम आष्टा",
                "Tehsil", "{section}/{head}/{serial}/{year}", false);
        var section = eoffice.organisation().createSection(office.id(), "Gen", "General", "सामान्य");
        var post = eoffice.organisation().createPost(section.id(), "Reader", "रीडर", 10, false);
        repository.users().create(new org.daftar.repository.user.UserAccount("sdmreader", "Reader",
                "{noop}not-a-real-password-hash", false, true));
        eoffice.organisation().assign(post.id(), "sdmreader", true);
        ActingDesk desk = eoffice.organisation().actingDesk("sdmreader", null);
        eoffice.organisation().addFileHead(office.id(), "12", "Land revenue");

        assertThat(eoffice.files().create(desk, file("12", null)).item().number()).isEqualTo("Gen/12/1/2026");
        assertThatThrownBy(() -> eoffice.files().create(desk, file("99", null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("allowed: [12]");
        assertThatThrownBy(() -> eoffice.files().create(desk, file(null, "LR/112/1987")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("free-form");
    }

    @Test
    void aDuplicateFileNumberIsRefused() {
        Office office = eoffice.organisation().createOffice(null, "LEGACY", "Record Room", "अभिलेखागार", "Other",
                null, true);
        var section = eoffice.organisation().createSection(office.id(), "RR", "Record Room", "अभिलेखागार");
        var post = eoffice.organisation().createPost(section.id(), "Record Keeper", "अभिलेखपाल", 10, false);
        repository.users().create(new org.daftar.repository.user.UserAccount("keeper", "Keeper",
                "{noop}not-a-real-password-hash", false, true));
        eoffice.organisation().assign(post.id(), "keeper", true);
        ActingDesk desk = eoffice.organisation().actingDesk("keeper", null);

        eoffice.files().create(desk, file(null, "LR/112/1987"));
        assertThatThrownBy(() -> eoffice.files().create(desk, file(null, "LR/112/1987")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already exists");
    }

    @Test
    void aNewVolumeAndAPartFileCarryTheirSuffixes() {
        EFile main = eoffice.files().create(sehore.assistant(), file("A-12011", null));
        EFile volume2 = eoffice.files().newVolume(sehore.assistant(), main.item().nodeId());
        assertThat(volume2.item().number()).isEqualTo(main.item().number() + " (Vol.2)");
        assertThat(volume2.node().properties()).containsEntry("eo:volume", 2L);
        EFile part = eoffice.files().newPart(sehore.os(), main.item().nodeId());
        assertThat(part.item().number()).isEqualTo(main.item().number() + " (Part-1)");
        assertThat(part.item().holderPost()).isEqualTo(sehore.os().postId());
        assertThat(part.node().properties()).containsEntry("eo:partOfFileNumber", main.item().number());
    }

    @Test
    void aFileListsItsOtherVolumesAndPartsThatTheReaderMayReadAndAPartHasNoVolumesOrPartsOfItsOwn() {
        EFile main = eoffice.files().create(sehore.assistant(), file("A-12011", null));
        EFile neighbour = eoffice.files().create(sehore.assistant(), file("A-12011", null));
        EFile volume2 = eoffice.files().newVolume(sehore.assistant(), main.item().nodeId());
        EFile part = eoffice.files().newPart(sehore.os(), volume2.item().nodeId());
        EFile secret = eoffice.files().create(sehore.assistant(), new NewFile("A-12011", null, "गोपनीय जाँच", null,
                null, null, null, "Secret"));
        eoffice.movements().send(sehore.assistant(), secret.item().nodeId(), org.daftar.eoffice.item.ItemKind.file,
                sehore.os().postId(), null, null, null);
        EFile secretPart = eoffice.files().newPart(sehore.os(), secret.item().nodeId());

        assertThat(part.item().number()).isEqualTo(main.item().number() + " (Vol.2) (Part-1)");
        assertThat(part.node().properties()).containsEntry("eo:volume", 2L);
        assertThat(eoffice.files().volumesAndParts(sehore.assistant().username(), main.item().nodeId()))
                .extracting(i -> i.number()).containsExactly(volume2.item().number(), part.item().number())
                .doesNotContain(neighbour.item().number());
        assertThat(eoffice.files().volumesAndParts(sehore.os().username(), part.item().nodeId()))
                .extracting(i -> i.number()).containsExactly(main.item().number(), volume2.item().number());
        // A Secret part is read by its own chain only: the assistant who sent the main file up does not see it.
        assertThat(eoffice.files().volumesAndParts(sehore.os().username(), secret.item().nodeId()))
                .extracting(i -> i.number()).containsExactly(secretPart.item().number());
        assertThat(eoffice.files().volumesAndParts(sehore.assistant().username(), secret.item().nodeId())).isEmpty();

        assertThatThrownBy(() -> eoffice.files().newVolume(sehore.os(), part.item().nodeId()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("part file of");
        assertThatThrownBy(() -> eoffice.files().newPart(sehore.os(), part.item().nodeId()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("opened from the main file");
        // The next volume is opened once: a second try from the same volume names the existing number.
        assertThatThrownBy(() -> eoffice.files().newVolume(sehore.assistant(), main.item().nodeId()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already exists");
    }

    @Test
    void aFileNeedsASubjectAndAKnownGrading() {
        assertThatThrownBy(() -> eoffice.files().create(sehore.assistant(),
                new NewFile("A-1", null, " ", null, null, null, null, null))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> eoffice.files().create(sehore.assistant(),
                new NewFile("A-1", null, "x", null, null, null, null, "TopSecret")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("grading");
    }

    private static NewFile file(String head, String number) {
        return new NewFile(head, number, "भूमि आवंटन प्रकरण", "Land", null, null, "C-5", null);
    }
}
