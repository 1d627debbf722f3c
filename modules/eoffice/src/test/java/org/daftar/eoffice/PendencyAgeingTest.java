package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.pendency.Pendency;
import org.daftar.eoffice.pendency.PendencyReports.Level;
import org.junit.jupiter.api.Test;

/** The ageing buckets at their edges: an item's age is whole UTC days at the desk, 0–7, 8–15, 16–30, over 30. */
class PendencyAgeingTest extends EofficeTestBase {

    @Test
    void eachBucketEndsOnItsLastDayAndOverdueMeansDueBeforeToday() {
        // the clock starts at 2026-03-02T05:00Z; the report is read on 2026-04-02 (day 31)
        LocalDate reportDay = LocalDate.parse("2026-04-02");
        sendToDeputy("31 days", null);
        clock.advance(Duration.ofDays(1));
        sendToDeputy("30 days", null);
        clock.advance(Duration.ofDays(14));
        sendToDeputy("16 days", null);
        clock.advance(Duration.ofDays(1));
        sendToDeputy("15 days", null);
        clock.advance(Duration.ofDays(7));
        sendToDeputy("8 days, due on the report day", reportDay);
        clock.advance(Duration.ofDays(1));
        sendToDeputy("7 days, due the day before", reportDay.minusDays(1));
        clock.advance(Duration.ofDays(7).plusHours(18)); // 23:00 UTC on the report day
        assertThat(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).isEqualTo(reportDay);

        Pendency deputy = eoffice.reports().pendency(sehore.district().id(), Level.desk).stream()
                .filter(p -> p.id() == sehore.deputy().postId()).findFirst().orElseThrow();
        assertThat(deputy).extracting(Pendency::pending, Pendency::days0to7, Pendency::days8to15, Pendency::days16to30,
                Pendency::over30, Pendency::overdue, Pendency::parked).containsExactly(6L, 1L, 2L, 2L, 1L, 1L, 0L);
    }

    private void sendToDeputy(String subject, LocalDate due) {
        EFile file = newFile(sehore.assistant(), subject);
        eoffice.movements().send(sehore.assistant(), file.item().nodeId(), ItemKind.file, sehore.deputy().postId(),
                "please see", Priority.Normal, due);
    }
}
