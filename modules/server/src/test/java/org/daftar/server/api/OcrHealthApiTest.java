package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.ocr.Digitization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /actuator/health} tells a probe when no OCR worker is left to read the queue. */
class OcrHealthApiTest extends ApiTestBase {

    @Autowired
    Digitization digitization;

    @Test
    void healthIsDownWhileNoOcrWorkerIsAliveAndUpAgainOnceWorkersRun() {
        assertThat(anonymous().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        digitization.workers().close();
        try {
            ApiClient.Response probe = anonymous().get("/actuator/health");
            assertThat(probe.status()).isEqualTo(503);
            assertThat(probe.json().get("status").asString()).isEqualTo("DOWN");
            ApiClient.Response detailed = admin().get("/actuator/health");
            assertThat(detailed.json().at("/components/ocr/status").asString()).isEqualTo("DOWN");
            assertThat(detailed.json().at("/components/ocr/details/reason").asString())
                    .isEqualTo("no OCR worker is alive; scans stay queued");
        } finally {
            digitization.workers().start();
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (digitization.workers().status().alive() == 0) {
            assertThat(System.nanoTime()).as("the restarted workers are up within 30 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
        assertThat(anonymous().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void healthIsDownWhileARunnableJobHasWaitedPastTheLimitAndTheWorkersAreIdle() {
        // A row every claim fails on (its attempt count cannot be incremented) and that has waited an hour: the idle
        // workers cannot take it, nor anything queued after it. The queue is stuck, and health says so.
        String folder = newFolder();
        long job = jdbc.sql("""
                INSERT INTO ocr_job (node_id, languages, mode, page_count, attempts, max_attempts, run_after)
                VALUES (CAST(? AS uuid), 'eng', 'skip', 1, 2147483647, 3, now() - interval '1 hour') RETURNING id
                """).param(folder).query(Long.class).single();
        try {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            ApiClient.Response detailed = admin().get("/actuator/health");
            while (!detailed.json().at("/components/ocr/status").asString().equals("DOWN")) {
                assertThat(System.nanoTime()).as("health turns DOWN within 60 s: " + detailed.text()).isLessThan(deadline);
                detailed = admin().get("/actuator/health");
            }
            assertThat(detailed.status()).isEqualTo(503);
            assertThat(detailed.json().at("/components/ocr/details/reason").asString())
                    .startsWith("the OCR queue is stuck: a job has waited");
            assertThat(detailed.json().at("/components/ocr/details/oldestWaitingSeconds").asLong()).isGreaterThan(3500);
        } finally {
            jdbc.sql("DELETE FROM ocr_job WHERE id = ?").param(job).update();
        }
        assertThat(anonymous().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }
}
