package org.daftar.repository.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which backup a restore starts from, what a base backup leaves out, and what a restore refuses. */
class BackupChoiceTest {

    @TempDir
    Path work;

    @Test
    void aRestoreStartsFromTheNewestBackupConsistentBeforeTheTargetAndRefusesTimesOutsideTheBackups() throws Exception {
        BackupDestination destination = new BackupDestination(work.resolve("dest"));
        write(destination, manifest("a", "2026-12-04T09:00:00Z", "2026-12-04T09:00:05Z"));
        write(destination, manifest("b", "2026-12-04T12:00:00Z", "2026-12-04T12:00:05Z"));
        write(destination, manifest("c", "2026-12-04T15:00:00Z", "2026-12-04T15:00:05Z"));
        Files.createDirectories(destination.backup("incomplete"));   // no manifest: ignored
        PointInTimeRestore restore = new PointInTimeRestore(destination, new HomeLayout(work.resolve("home")));

        assertThat(restore.choose(Optional.empty()).id()).isEqualTo("c");
        assertThat(restore.choose(at("2026-12-04T11:59:59Z")).id()).isEqualTo("a");
        assertThat(restore.choose(at("2026-12-04T12:00:00Z")).id()).isEqualTo("b");
        assertThat(restore.choose(at("2026-12-04T15:00:05Z")).id()).isEqualTo("c");
        assertThatThrownBy(() -> restore.choose(at("2026-12-04T08:59:59Z")))
                .hasMessageContaining("before the oldest backup").hasMessageContaining("2026-12-04T09:00:00Z");
        assertThatThrownBy(() -> restore.choose(at("2026-12-04T15:00:06Z")))
                .hasMessageContaining("after the newest WAL").hasMessageContaining("2026-12-04T15:00:05Z");
    }

    @Test
    void aFolderWithoutCompleteBackupsIsRefusedWithWhatIsMissing() throws Exception {
        BackupDestination destination = new BackupDestination(work.resolve("empty"));
        assertThatThrownBy(() -> new PointInTimeRestore(destination, new HomeLayout(work.resolve("home")))
                .choose(Optional.empty())).hasMessageContaining("no complete backup")
                .hasMessageContaining("manifest.json");
    }

    @Test
    void aBaseBackupLeavesOutWhatPostgresqlRebuildsOrWhatBelongsToTheRunningServer() {
        assertThat(OnlineBackup.keep(Path.of("base/16384/1259"))).isTrue();
        assertThat(OnlineBackup.keep(Path.of("global/pg_control"))).isTrue();
        assertThat(OnlineBackup.keep(Path.of("postgresql.auto.conf"))).isTrue();
        assertThat(OnlineBackup.keep(Path.of("pg_wal"))).isTrue();   // the directory, empty
        assertThat(OnlineBackup.keep(Path.of("pg_wal/000000010000000000000003"))).isFalse();
        assertThat(OnlineBackup.keep(Path.of("pg_wal/archive_status/000000010000000000000003.done"))).isFalse();
        assertThat(OnlineBackup.keep(Path.of("postmaster.pid"))).isFalse();
        assertThat(OnlineBackup.keep(Path.of("postmaster.opts"))).isFalse();
        assertThat(OnlineBackup.keep(Path.of("epg-lock"))).isFalse();
        assertThat(OnlineBackup.keep(Path.of("base/16384/pg_internal.init"))).isFalse();
        assertThat(OnlineBackup.keep(Path.of("base/pgsql_tmp/pgsql_tmp123.0"))).isFalse();
        assertThat(OnlineBackup.keep(Path.of("pg_stat_tmp/global.stat"))).isFalse();
        assertThat(OnlineBackup.keep(Path.of("base/16384/backup_label"))).isTrue();   // only the top-level one
    }

    private static Optional<OffsetDateTime> at(String time) {
        return Optional.of(OffsetDateTime.parse(time));
    }

    private static BackupManifest manifest(String id, String consistentFrom, String walUntil) {
        return new BackupManifest(id, "7400000000000000001", 170010, consistentFrom, consistentFrom, walUntil, walUntil,
                walUntil, 1, "0/2000028", "0/2000120", "000000010000000000000002", "000000010000000000000002",
                List.of(), List.of(), List.of(), List.of(), 0, 0);
    }

    private static void write(BackupDestination destination, BackupManifest manifest) throws Exception {
        Files.createDirectories(destination.backup(manifest.id()));
        destination.write(manifest);
    }
}
