package org.daftar.repository.backup;

import java.util.List;

/**
 * What one backup holds, written last as {@code manifest.json} in its directory (a backup directory without one
 * is incomplete and ignored). Times are ISO-8601 instants.
 *
 * @param id                 the backup's name, its directory under {@code backups/}
 * @param systemIdentifier   the PostgreSQL cluster's identifier; every backup in one destination shares it
 * @param postgresVersion    the server's version ({@code server_version_num})
 * @param started            when the backup began
 * @param consistentFrom     when {@code pg_backup_stop} returned: the earliest time this backup restores to
 * @param walUntil           when the last WAL copied by this backup was switched out: with the WAL copied later
 *                           (the next backups), the latest time it restores to is the newest {@code walUntil}
 * @param contentFrom        when the content copy began; every file referenced by a commit before it was copied
 * @param finished           when the backup ended
 * @param timeline           the timeline the base backup was taken on
 * @param startLsn           {@code pg_backup_start}'s WAL position
 * @param stopLsn            {@code pg_backup_stop}'s WAL position
 * @param startWal           the first WAL segment the base backup needs
 * @param stopWal            the last WAL segment it needs to be consistent
 * @param data               the data directory's files (under {@code data/})
 * @param configuration      the home's configuration files (under {@code home/})
 * @param wal                the WAL segments in the destination's {@code wal/} when the backup ended
 * @param content            the content files in the destination's {@code content/} copied from the home
 * @param contentCopied      how many content files this backup copied (the rest were there from earlier backups)
 * @param contentCopiedBytes their bytes
 */
public record BackupManifest(
        String id,
        String systemIdentifier,
        int postgresVersion,
        String started,
        String consistentFrom,
        String walUntil,
        String contentFrom,
        String finished,
        int timeline,
        String startLsn,
        String stopLsn,
        String startWal,
        String stopWal,
        List<ManifestFile> data,
        List<ManifestFile> configuration,
        List<ManifestFile> wal,
        List<ManifestFile> content,
        long contentCopied,
        long contentCopiedBytes) {
}
