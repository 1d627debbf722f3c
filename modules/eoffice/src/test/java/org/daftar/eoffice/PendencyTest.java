package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.DeskFolders.Folder;
import org.daftar.eoffice.movement.FolderEntry;
import org.daftar.eoffice.pendency.MonthCount;
import org.daftar.eoffice.pendency.OfficeRank;
import org.daftar.eoffice.pendency.Pendency;
import org.daftar.eoffice.pendency.PendencyReports.Level;
import org.junit.jupiter.api.Test;

/** One test: the clock moves forward, so the ageing of every item is set up here in order. */
class PendencyTest extends EofficeTestBase {

    @Test
    void pendencyIsBucketedByAgeAtTheCurrentDeskCountsOverdueAndLeavesParkedOut() {
        EFile old = newFile(sehore.assistant(), "40 days at the DC");
        eoffice.movements().send(sehore.assistant(), old.item().nodeId(), ItemKind.file, sehore.deputy().postId(),
                "please decide", null, LocalDate.parse("2026-03-10"));
        clock.advance(Duration.ofDays(20));
        EFile middle = newFile(sehore.assistant(), "20 days at the DC");
        send(sehore.assistant(), middle, sehore.deputy());
        clock.advance(Duration.ofDays(10));
        EFile recent = newFile(sehore.assistant(), "10 days at the DC");
        send(sehore.assistant(), recent, sehore.deputy());
        clock.advance(Duration.ofDays(7));
        EFile fresh = newFile(sehore.assistant(), "3 days at the DC");
        send(sehore.assistant(), fresh, sehore.deputy());
        EFile parked = newFile(sehore.assistant(), "parked at the DC");
        send(sehore.assistant(), parked, sehore.deputy());
        eoffice.movements().park(sehore.deputy(), parked.item().nodeId(), ItemKind.file, "awaiting court order");
        clock.advance(Duration.ofDays(3));
        // now: 2026-04-11; old held 40 days, middle 20, recent 10, fresh 3

        Pendency dc = eoffice.reports().pendency(sehore.district().id(), Level.desk).stream()
                .filter(p -> p.id() == sehore.deputy().postId()).findFirst().orElseThrow();
        assertThat(dc).extracting(Pendency::pending, Pendency::days0to7, Pendency::days8to15, Pendency::days16to30,
                Pendency::over30, Pendency::overdue, Pendency::parked).containsExactly(4L, 1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(dc.name()).isEqualTo("Deputy Collector, Revenue Section");
        assertThat(dc.nameHi()).isEqualTo("डिप्टी कलेक्टर, राजस्व शाखा");

        Pendency revenue = eoffice.reports().pendency(sehore.district().id(), Level.section).stream()
                .filter(p -> p.id() == sehore.revenue().id()).findFirst().orElseThrow();
        assertThat(revenue.pending()).isEqualTo(4);
        List<Pendency> offices = eoffice.reports().pendency(sehore.district().id(), Level.office);
        assertThat(offices).extracting(Pendency::id).containsExactly(sehore.district().id(), sehore.tehsil().id());
        assertThat(offices.getFirst().pending()).isEqualTo(4);

        List<FolderEntry> mine = eoffice.folders().list(sehore.assistant().postId(), Folder.withOthers, null, 0, 100);
        assertThat(mine).extracting(FolderEntry::subject)
                .containsExactly("40 days at the DC", "20 days at the DC", "10 days at the DC", "3 days at the DC");
        assertThat(eoffice.folders().list(sehore.assistant().postId(), Folder.withOthers, null, 1, 2)).extracting(FolderEntry::subject)
                .containsExactly("20 days at the DC", "10 days at the DC");
        assertThat(eoffice.folders().list(sehore.assistant().postId(), Folder.withOthers, "receipt", 0, 100)).isEmpty();

        List<MonthCount> months = eoffice.reports().monthly(sehore.district().id(), 2026);
        assertThat(months.get(2)).isEqualTo(new MonthCount("2026-03", 2, 0, 2, 0));
        assertThat(months.get(3)).isEqualTo(new MonthCount("2026-04", 3, 0, 3, 0));

        List<OfficeRank> ranking = eoffice.reports().ranking(sehore.district().id(), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2027-01-01"));
        assertThat(ranking.getFirst()).extracting(OfficeRank::rank, OfficeRank::code, OfficeRank::handled,
                OfficeRank::pending, OfficeRank::overdue).containsExactly(1, "COLL-SEH", 10L, 4L, 1L);
        assertThat(ranking.get(1).code()).isEqualTo("TEH-ASH");
    }
}
