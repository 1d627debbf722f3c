package org.daftar.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BackupCommandTest {

    @Test
    void aRestoreTimeIsReadAsTypedInThisMachinesZoneOrWithItsOwnOffset() {
        ZoneId zone = ZoneId.systemDefault();
        assertThat(BackupCommand.parseTime("2026-12-04 15:30")).isEqualTo(
                LocalDateTime.parse("2026-12-04T15:30:00").atZone(zone).toOffsetDateTime());
        assertThat(BackupCommand.parseTime("2026-12-04 15:30:45")).isEqualTo(
                LocalDateTime.parse("2026-12-04T15:30:45").atZone(zone).toOffsetDateTime());
        assertThat(BackupCommand.parseTime("2026-12-04T15:30:00+05:30"))
                .isEqualTo(OffsetDateTime.parse("2026-12-04T15:30:00+05:30"));
        assertThat(BackupCommand.parseTime(" 2026-12-04 10:00:00Z "))
                .isEqualTo(OffsetDateTime.parse("2026-12-04T10:00:00Z"));
    }

    @Test
    void aTimeThatCannotBeReadIsRefusedWithTheFormToUse() {
        assertThatThrownBy(() -> BackupCommand.parseTime("yesterday at four"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yesterday at four").hasMessageContaining("2026-12-04 15:30");
    }

    @Test
    void wrongArgumentsAreAUsageErrorNotAFailure() {
        assertThat(BackupCommand.run(new String[] {"backup"})).isEqualTo(2);
        assertThat(BackupCommand.run(new String[] {"backup", "--home", "/tmp/x", "--to", "2026-12-04 15:30", "/d"}))
                .isEqualTo(2);
        assertThat(BackupCommand.run(new String[] {"copy", "--home", "/tmp/x", "/d"})).isEqualTo(2);
    }
}
