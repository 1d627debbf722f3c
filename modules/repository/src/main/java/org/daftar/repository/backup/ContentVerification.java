package org.daftar.repository.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Checks a database against a content store: every content reference of a document ({@code node}) or of one of
 * its versions ({@code node_version}) must have its file, whose bytes must hash to the reference (SHA-256).
 */
public final class ContentVerification {

    /** Tables counted in the report, when they exist. */
    private static final List<String> COUNTED = List.of("node", "node_version", "content_blob", "page_text",
            "audit_event", "eo_item", "eo_movement");

    private ContentVerification() {
    }

    /**
     * What the check found.
     *
     * @param references content references checked (rows of node and node_version with content)
     * @param files      distinct content files read and hashed
     * @param bytes      their bytes
     * @param missing    referenced hashes with no file
     * @param mismatched referenced hashes whose file has other bytes
     * @param rows       row counts of the main tables
     */
    public record Report(long references, long files, long bytes, List<String> missing, List<String> mismatched,
                         Map<String, Long> rows) {

        public boolean ok() {
            return missing.isEmpty() && mismatched.isEmpty();
        }
    }

    /** Runs the check; {@code database} connects to the Daftar database, {@code store} is the content root. */
    public static Report verify(DataSource database, Path store, ProgressListener listener) {
        Meter meter = new Meter(listener);
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            long references;
            try (ResultSet rs = sql.executeQuery("SELECT (SELECT count(*) FROM node WHERE content_hash IS NOT NULL)"
                    + " + (SELECT count(*) FROM node_version WHERE content_hash IS NOT NULL)")) {
                rs.next();
                references = rs.getLong(1);
            }
            Map<String, Long> hashes = new LinkedHashMap<>();
            try (ResultSet rs = sql.executeQuery("SELECT content_hash, max(content_size) FROM ("
                    + " SELECT content_hash, content_size FROM node WHERE content_hash IS NOT NULL"
                    + " UNION ALL SELECT content_hash, content_size FROM node_version WHERE content_hash IS NOT NULL"
                    + ") r GROUP BY content_hash ORDER BY content_hash")) {
                while (rs.next()) {
                    hashes.put(rs.getString(1).strip(), rs.getLong(2));
                }
            }
            meter.expect(hashes.values().stream().mapToLong(Long::longValue).sum(), hashes.size());
            meter.phase("verify: " + references + " content reference(s), " + hashes.size() + " distinct file(s)");
            List<String> missing = new ArrayList<>();
            List<String> mismatched = new ArrayList<>();
            long files = 0;
            long bytes = 0;
            for (var entry : hashes.entrySet()) {
                String hash = entry.getKey();
                Path file = store.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
                if (!Files.isRegularFile(file)) {
                    missing.add(hash);
                    meter.done(0);
                    continue;
                }
                String actual = FileCopy.sha256(file);
                long size = Files.size(file);
                if (!actual.equals(hash)) {
                    mismatched.add(hash);
                }
                files++;
                bytes += size;
                meter.done(size);
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : COUNTED) {
                try (ResultSet exists = sql.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
                    exists.next();
                    if (!exists.getBoolean(1)) {
                        continue;
                    }
                }
                try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
            return new Report(references, files, bytes, missing, mismatched, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot verify the restored database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the restored content store: " + e.getMessage(), e);
        }
    }
}
