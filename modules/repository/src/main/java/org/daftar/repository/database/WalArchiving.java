package org.daftar.repository.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Continuous WAL archiving of the embedded PostgreSQL: every finished WAL segment is copied into
 * {@value #DIRECTORY} beside the data directory by PostgreSQL's own {@code basic_archive} module (shipped in the
 * zonky bundle as {@code lib/postgresql/basic_archive.so}). It writes each segment to a temporary name, fsyncs it,
 * renames it into place and fsyncs the directory; a segment already archived with the same bytes counts as done,
 * one with different bytes is never overwritten (archiving stops and PostgreSQL keeps the segment until someone
 * looks). That archive is what {@code scripts/daftar backup} copies and a point-in-time restore replays.
 */
public final class WalArchiving {

    /** The archive's directory name, beside the data directory. */
    public static final String DIRECTORY = "wal-archive";

    private WalArchiving() {
    }

    /** The archive directory of the server whose data is in {@code dataDirectory}. */
    public static Path directory(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize().resolveSibling(DIRECTORY);
    }

    /**
     * The server settings that turn archiving on into {@link #directory}, which is created. zonky hands settings to
     * {@code pg_ctl -o}, which runs them through {@code /bin/sh}: values are shell-quoted here.
     */
    static Map<String, String> serverConfig(Path dataDirectory) {
        Path archive = directory(dataDirectory);
        try {
            Files.createDirectories(archive);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the WAL archive " + archive, e);
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("wal_level", "replica");
        config.put("archive_mode", "on");
        config.put("archive_library", "basic_archive");
        config.put("basic_archive.archive_directory", shellQuoted(archive.toString()));
        return config;
    }

    /** {@code text} as one single-quoted shell word. */
    static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
