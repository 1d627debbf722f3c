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
}
