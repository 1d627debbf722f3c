package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiTest extends ApiTestBase {

    @Test
    void theOpenApiDocumentDescribesTheNodeEndpoints() {
        ApiClient.Response response = anonymous().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.has("/api/v1/nodes/{id}")).isTrue();
        assertThat(paths.get("/api/v1/nodes/{id}/children").has("post")).isTrue();
        assertThat(paths.get("/api/v1/nodes/{id}/content").has("put")).isTrue();
        assertThat(paths.has("/api/v1/nodes/{id}/versions")).isTrue();
        assertThat(paths.has("/api/v1/trash/{id}/restore")).isTrue();
    }

    @Test
    void demoDataIsLoadedOnceWithTheDemoOffice() {
        JsonNode children = admin().get("/api/v1/nodes/" + ROOT + "/children?maxItems=1000").json().get("items");
        assertThat(ApiClient.names(children)).containsOnlyOnce("Collectorate Sehore");
    }
}
