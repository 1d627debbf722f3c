package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The tamper-evident audit log's admin calls over HTTP (what {@code scripts/daftar audit ...} uses). */
class AuditApiTest extends ApiTestBase {

    private static final String A = "/api/v1/admin/audit";

    @Test
    void onlyAnAdministratorVerifiesOrWritesCheckpoints() {
        assertThat(demoUser("collector").postJson(A + "/verify", Map.of()).status()).isEqualTo(403);
        assertThat(demoUser("collector").get(A + "/checkpoints").status()).isEqualTo(403);
        assertThat(demoUser("collector").postJson(A + "/checkpoints", Map.of()).status()).isEqualTo(403);
        assertThat(anonymous().postJson(A + "/verify", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aCheckpointWrittenOnDemandIsSignedListedAndMatchedByVerification() throws Exception {
        newFolder();
        ApiClient.Response written = admin().postJson(A + "/checkpoints", Map.of());
        assertThat(written.status()).as(written.text()).isEqualTo(201);
        long position = written.json().get("position").asLong();
        assertThat(position).isEqualTo(rows("audit_chain"));

        JsonNode listed = admin().get(A + "/checkpoints").json();
        assertThat(listed.get("checkpoints").findValuesAsString("hash")).contains(written.json().get("hash").asString());
        assertThat(listed.get("problems")).isEmpty();
        assertThat(listed.get("keyFingerprint").asString()).matches("([0-9a-f]{4} ){7}[0-9a-f]{4}");
        assertThat(Files.getPosixFilePermissions(HOME.resolve("audit/checkpoint-signing.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        ApiClient.Response verified = admin().postJson(A + "/verify", Map.of());
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        assertThat(verified.json().get("ok").asBoolean()).as(verified.text()).isTrue();
        assertThat(verified.json().get("links").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(verified.json().get("checkpoints").asInt()).isPositive();
        assertThat(verified.json().get("findings")).isEmpty();
    }
}
