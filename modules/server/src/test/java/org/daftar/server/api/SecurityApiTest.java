package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityApiTest extends ApiTestBase {

    @Test
    void withoutCredentialsTheApiAsksForThem() {
        ApiClient.Response response = anonymous().get("/api/v1/nodes/root");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.json().get("detail").asString()).contains("HTTP Basic");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(new ApiClient(port, "admin", "wrong").get("/api/v1/nodes/root").status()).isEqualTo(401);
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        ApiClient.Response created = admin().postJson("/api/v1/users", Map.of("username", "clerk.rev",
                "displayName", "राम प्रसाद", "password", "clerk-password-1", "admin", false));
        assertThat(created.status()).as(created.text()).isIn(201, 409);
        ApiClient clerk = new ApiClient(port, "clerk.rev", "clerk-password-1");
        assertThat(clerk.get("/api/v1/me").json().get("displayName").asString()).isEqualTo("राम प्रसाद");
        assertThat(clerk.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(admin().postJson("/api/v1/users", Map.of("username", "x", "displayName", "X", "password", "short"))
                .status()).isEqualTo(400);
    }

    @Test
    void healthIsOpenForProbes() {
        ApiClient.Response health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
