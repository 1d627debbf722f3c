package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daftar.eoffice.movement.DeskFolders.Folder;
import org.daftar.eoffice.movement.FolderEntry;
import org.junit.jupiter.api.Test;

class DeskFolderPagingTest extends EofficeTestBase {

    @Test
    void theTextFilterAppliesBeforePagingAndTheCountMatchesWhatPagingGives() {
        for (int i = 0; i < 5; i++) {
            send(sehore.assistant(), newFile(sehore.assistant(), "नामांतरण प्रकरण " + i), sehore.os());
            send(sehore.assistant(), newFile(sehore.assistant(), "Road widening 100% case_" + i), sehore.os());
        }
        long os = sehore.os().postId();
        assertThat(eoffice.folders().count(os, Folder.inbox, null, "नामांतरण")).isEqualTo(5);
        List<FolderEntry> first = eoffice.folders().list(os, Folder.inbox, null, "नामांतरण", 0, 3);
        List<FolderEntry> second = eoffice.folders().list(os, Folder.inbox, null, "नामांतरण", 3, 3);
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(2);
        assertThat(first).extracting(FolderEntry::subject).allMatch(s -> s.contains("नामांतरण"));
        var page = eoffice.folders().page(os, Folder.inbox, null, "नामांतरण", 3, 3);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.entries()).extracting(FolderEntry::itemId).containsExactlyElementsOf(
                second.stream().map(FolderEntry::itemId).toList());
        assertThat(eoffice.folders().page(os, Folder.inbox, null, "नामांतरण", 30, 3).total())
                .as("a page past the end still knows the total").isEqualTo(5);
        assertThat(second).extracting(FolderEntry::itemId).doesNotContainAnyElementsOf(
                first.stream().map(FolderEntry::itemId).toList());
        // LIKE's wildcards typed by the user are taken literally, and case does not matter
        assertThat(eoffice.folders().count(os, Folder.inbox, null, "100% CASE_")).isEqualTo(5);
        assertThat(eoffice.folders().count(os, Folder.inbox, null, "1_0")).isZero();
        assertThat(eoffice.folders().count(os, Folder.inbox, "file", null))
                .isEqualTo(eoffice.folders().list(os, Folder.inbox, "file", 0, 100).size());
    }
}
