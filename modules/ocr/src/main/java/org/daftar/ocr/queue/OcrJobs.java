package org.daftar.ocr.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.daftar.repository.text.PageText;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code ocr_job} and {@code ocr_page} tables: enqueue, claim under a lease, persist pages, finish or fail. */
public final class OcrJobs {

    private static final String JOB_COLUMNS = """
            j.*, (SELECT count(*) FROM ocr_page p WHERE p.job_id = j.id) AS pages_done
            """;

    private final JdbcClient jdbc;

    public OcrJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a scan; when it already has an open job, that job is returned instead of a second one. */
    public long enqueue(UUID nodeId, String languages, OcrMode mode, int pageCount, int maxAttempts) {
        Optional<Long> open = jdbc.sql("SELECT id FROM ocr_job WHERE node_id = ? AND state IN ('queued', 'running')")
                .param(nodeId).query(Long.class).optional();
        if (open.isPresent()) {
            return open.get();
        }
        return jdbc.sql("""
                INSERT INTO ocr_job (node_id, languages, mode, page_count, max_attempts) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (node_id) WHERE state IN ('queued', 'running') DO NOTHING
                RETURNING id
                """).params(nodeId, languages, mode.code(), pageCount, maxAttempts).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT id FROM ocr_job WHERE node_id = ? AND state IN ('queued', 'running')")
                        .param(nodeId).query(Long.class).single());
    }

    /**
     * Takes the oldest ready job — queued and due, or running under an expired lease (its worker died) — for
     * {@code worker}; other workers skip the locked row instead of waiting for it.
     */
    public Optional<OcrJob> claim(String worker, Duration lease) {
        return jdbc.sql("""
                WITH next AS (
                    SELECT id FROM ocr_job
                    WHERE (state = 'queued' AND run_after <= now()) OR (state = 'running' AND lease_until < now() AND attempts < max_attempts)
                    ORDER BY run_after, id
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                UPDATE ocr_job j SET state = 'running', worker = :worker,
                       lease_until = now() + make_interval(secs => :lease), attempts = j.attempts + 1,
                       started_at = coalesce(j.started_at, now())
                FROM next WHERE j.id = next.id
                RETURNING j.id
                """).param("worker", worker).param("lease", lease.toMillis() / 1000.0)
                .query(Long.class).optional().map(this::get);
    }

    /** Extends the lease; false when the job is no longer this worker's (it was taken over or finished). */
    public boolean renew(long jobId, String worker, Duration lease) {
        return jdbc.sql("""
                UPDATE ocr_job SET lease_until = now() + make_interval(secs => ?)
                WHERE id = ? AND worker = ? AND state = 'running'
                """).params(lease.toMillis() / 1000.0, jobId, worker).update() == 1;
    }

    public OcrJob get(long jobId) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM ocr_job j WHERE j.id = ?").param(jobId).query(this::job).single();
    }

    /** The newest job of a scan. */
    public Optional<OcrJob> latestFor(UUID nodeId) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM ocr_job j WHERE j.node_id = ? ORDER BY j.id DESC LIMIT 1")
                .param(nodeId).query(this::job).optional();
    }

    /** The mean Tesseract confidence (0–100) of a job's OCRed pages; empty before any page has one. */
    public Optional<Double> meanConfidence(long jobId) {
        return jdbc.sql("SELECT avg(confidence) FROM ocr_page WHERE job_id = ? AND confidence IS NOT NULL")
                .param(jobId).query(Double.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Pages already done, in page order. */
    public List<Integer> donePages(long jobId) {
        return jdbc.sql("SELECT page FROM ocr_page WHERE job_id = ? ORDER BY page").param(jobId).query(Integer.class).list();
    }

    /** Persists a page once; a second write of the same page (a taken-over job racing) is ignored. */
    public boolean savePage(long jobId, PageResult page) {
        return jdbc.sql("""
                INSERT INTO ocr_page (job_id, page, source, language, confidence, text, hocr, text_layer, page_image, image_dpi, millis)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (job_id, page) DO NOTHING
                """).params(jobId, page.page(), page.source().name(), page.language(), page.confidence(), page.text(),
                page.hocr(), page.textLayer(), page.pageImage(), page.imageDpi(), page.millis()).update() == 1;
    }

    public List<PageResult> pages(long jobId) {
        return jdbc.sql("SELECT * FROM ocr_page WHERE job_id = ? ORDER BY page").param(jobId)
                .query((rs, row) -> new PageResult(rs.getInt("page"), PageText.TextSource.valueOf(rs.getString("source")),
                        rs.getString("language"), (Float) rs.getObject("confidence", Float.class), rs.getString("text"),
                        rs.getString("hocr"), rs.getBytes("text_layer"), rs.getBytes("page_image"), rs.getInt("image_dpi"), rs.getInt("millis")))
                .list();
    }

    /** Locks the job row and says whether {@code worker} still holds it; call inside the publishing transaction. */
    boolean lockIfHeld(long jobId, String worker) {
        return jdbc.sql("SELECT id FROM ocr_job WHERE id = ? AND worker = ? AND state = 'running' FOR UPDATE")
                .params(jobId, worker).query(Long.class).optional().isPresent();
    }

    void markDone(long jobId, String outputVersion) {
        jdbc.sql("""
                UPDATE ocr_job SET state = 'done', output_version = ?, finished_at = now(), lease_until = NULL,
                       last_error = NULL WHERE id = ?
                """).params(outputVersion, jobId).update();
    }

    /**
     * Records a failure: back to the queue after {@code base × 2^(attempts−1)}, or dead with the error when the
     * attempts are used up or {@code permanent}. Pages already done are kept for the next attempt.
     */
    public void fail(long jobId, String worker, String error, boolean permanent, Duration base) {
        jdbc.sql("""
                UPDATE ocr_job SET
                    state = CASE WHEN :permanent OR attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
                    run_after = now() + make_interval(secs => :base * power(2, greatest(attempts - 1, 0))),
                    finished_at = CASE WHEN :permanent OR attempts >= max_attempts THEN now() END,
                    last_error = :error, lease_until = NULL
                WHERE id = :id AND worker = :worker AND state = 'running'
                """).param("permanent", permanent).param("base", base.toMillis() / 1000.0)
                .param("error", error == null ? "unknown error" : error).param("id", jobId).param("worker", worker)
                .update();
    }

    /** Puts a job this worker stopped (shutdown) back in the queue without counting the attempt. */
    public void release(long jobId, String worker) {
        jdbc.sql("""
                UPDATE ocr_job SET state = 'queued', attempts = greatest(attempts - 1, 0), lease_until = NULL
                WHERE id = ? AND worker = ? AND state = 'running'
                """).params(jobId, worker).update();
    }

    /** Jobs whose lease ran out beyond their attempts (workers that kept dying on them) are sent to dead. */
    public int buryExhausted() {
        return jdbc.sql("""
                UPDATE ocr_job SET state = 'dead', finished_at = now(), lease_until = NULL,
                       last_error = coalesce(last_error, '') || ' (worker stopped ' || attempts || ' times on this job)'
                WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts
                """).update();
    }

    /**
     * How long the oldest job any worker could take now has been waiting: queued and due, or running under a lease
     * that ran out (its worker died). Empty when none is waiting.
     */
    public Optional<Duration> oldestRunnableWait() {
        return jdbc.sql("""
                SELECT extract(epoch FROM now() - min(CASE WHEN state = 'queued' THEN run_after ELSE lease_until END))
                FROM ocr_job
                WHERE (state = 'queued' AND run_after <= now()) OR (state = 'running' AND lease_until < now())
                """).query(Double.class).list().stream().filter(java.util.Objects::nonNull).findFirst()
                .map(seconds -> Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private OcrJob job(ResultSet rs, int row) throws SQLException {
        return new OcrJob(rs.getLong("id"), rs.getObject("node_id", UUID.class), rs.getString("languages"),
                OcrMode.parse(rs.getString("mode")), rs.getString("state"), rs.getInt("page_count"),
                rs.getInt("pages_done"), rs.getInt("attempts"), rs.getInt("max_attempts"), rs.getString("worker"),
                rs.getString("last_error"), rs.getString("output_version"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
