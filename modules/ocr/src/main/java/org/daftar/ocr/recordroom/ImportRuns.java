package org.daftar.ocr.recordroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code import_run} and {@code import_item} tables: runs, their per-file report and their progress. */
final class ImportRuns {

    private final JdbcClient jdbc;

    ImportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(String path, String languages, String mode, String actor) {
        return jdbc.sql("INSERT INTO import_run (path, languages, mode, created_by) VALUES (?, ?, ?, ?) RETURNING id")
                .params(path, languages, mode, actor).query(Long.class).single();
    }

    record Run(long id, String path, String languages, String mode, String state, String createdBy) {
    }

    Run run(long id) {
        return jdbc.sql("SELECT * FROM import_run WHERE id = ?").param(id)
                .query((rs, row) -> new Run(rs.getLong("id"), rs.getString("path"), rs.getString("languages"),
                        rs.getString("mode"), rs.getString("state"), rs.getString("created_by")))
                .optional().orElseThrow(() -> new ImportNotFoundException(id));
    }

    /** The newest run started from {@code path}, if any. */
    Optional<Long> lastFrom(String path) {
        return jdbc.sql("SELECT id FROM import_run WHERE path = ? ORDER BY id DESC LIMIT 1").param(path)
                .query(Long.class).optional();
    }

    List<Long> unfinished() {
        return jdbc.sql("SELECT id FROM import_run WHERE state = 'running' ORDER BY id").query(Long.class).list();
    }

    void setTotal(long id, int files) {
        jdbc.sql("UPDATE import_run SET files_total = ? WHERE id = ?").params(files, id).update();
    }

    Set<String> donePaths(long id) {
        return Set.copyOf(jdbc.sql("SELECT path FROM import_item WHERE run_id = ?").param(id).query(String.class).list());
    }

    void record(long runId, String path, String outcome, String reason, UUID nodeId, UUID recordId, Integer pages,
                String hash) {
        jdbc.sql("""
                INSERT INTO import_item (run_id, path, outcome, reason, node_id, record_id, pages, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, path) DO NOTHING
                """).params(runId, path, outcome, reason, nodeId, recordId, pages, hash).update();
    }

    void finish(long id, String error) {
        jdbc.sql("UPDATE import_run SET state = ?, error = ?, finished_at = now() WHERE id = ?")
                .params(error == null ? "done" : "failed", error, id).update();
    }

    ImportProgress progress(long id) {
        return jdbc.sql("""
                SELECT r.*,
                  (SELECT count(*) FROM import_item i WHERE i.run_id = r.id) AS files_done,
                  (SELECT count(*) FROM import_item i WHERE i.run_id = r.id AND outcome = 'imported') AS imported,
                  (SELECT count(*) FROM import_item i WHERE i.run_id = r.id AND outcome = 'duplicate') AS duplicates,
                  (SELECT count(*) FROM import_item i WHERE i.run_id = r.id AND outcome = 'failed') AS failed,
                  (SELECT coalesce(sum(pages), 0) FROM import_item i WHERE i.run_id = r.id AND outcome = 'imported') AS pages_total,
                  (SELECT count(*) FROM import_item i JOIN ocr_job j ON j.node_id = i.node_id JOIN ocr_page p ON p.job_id = j.id
                     WHERE i.run_id = r.id AND i.outcome = 'imported') AS pages_read,
                  (SELECT count(*) FROM import_item i JOIN ocr_job j ON j.node_id = i.node_id
                     WHERE i.run_id = r.id AND i.outcome = 'imported' AND j.state IN ('queued', 'running')) AS ocr_pending,
                  (SELECT count(*) FROM import_item i JOIN ocr_job j ON j.node_id = i.node_id
                     WHERE i.run_id = r.id AND i.outcome = 'imported' AND j.state = 'dead') AS ocr_failed,
                  extract(epoch FROM (coalesce((SELECT max(p.done_at) FROM import_item i JOIN ocr_job j ON j.node_id = i.node_id
                     JOIN ocr_page p ON p.job_id = j.id WHERE i.run_id = r.id), now()) - r.created_at)) AS seconds
                FROM import_run r WHERE r.id = ?
                """).param(id).query(this::toProgress).optional().orElseThrow(() -> new ImportNotFoundException(id));
    }

    List<ImportItem> items(long id, String outcome) {
        run(id);
        return jdbc.sql("""
                SELECT i.*, j.state AS ocr_state, CASE WHEN j.state = 'dead' THEN j.last_error END AS ocr_error
                FROM import_item i
                LEFT JOIN LATERAL (SELECT state, last_error FROM ocr_job WHERE node_id = i.node_id ORDER BY id DESC LIMIT 1) j ON true
                WHERE i.run_id = ? AND (CAST(? AS text) IS NULL OR i.outcome = ?) ORDER BY i.path
                """).params(id, outcome, outcome)
                .query((rs, row) -> new ImportItem(rs.getString("path"), rs.getString("outcome"), rs.getString("reason"),
                        rs.getObject("node_id", UUID.class), rs.getObject("record_id", UUID.class),
                        (Integer) rs.getObject("pages", Integer.class), rs.getString("ocr_state"),
                        rs.getString("ocr_error")))
                .list();
    }

    private ImportProgress toProgress(ResultSet rs, int row) throws SQLException {
        long pagesTotal = rs.getLong("pages_total");
        long pagesRead = rs.getLong("pages_read");
        double seconds = Math.max(1, rs.getDouble("seconds"));
        double perMinute = pagesRead * 60.0 / seconds;
        Long eta = pagesRead == 0 ? null : Math.round((pagesTotal - pagesRead) / perMinute * 60);
        return new ImportProgress(rs.getLong("id"), rs.getString("path"), rs.getString("languages"),
                rs.getString("mode"), rs.getString("state"), rs.getString("error"),
                (Integer) rs.getObject("files_total", Integer.class), rs.getInt("files_done"), rs.getInt("imported"),
                rs.getInt("duplicates"), rs.getInt("failed"), pagesTotal, pagesRead, rs.getInt("ocr_pending"),
                rs.getInt("ocr_failed"), Math.round(perMinute * 10) / 10.0, eta, instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
