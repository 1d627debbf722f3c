package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The search API over real HTTP, against the server's embedded Solr fed by the outbox indexer. */
class SearchApiTest extends ApiTestBase {

    @Test
    void anUploadedTextBecomesSearchableByItselfWithItsPageNumber() {
        String id = admin().upload("/api/v1/nodes/" + newFolder() + "/children", ApiClient.fields(), "hail.txt",
                "पहला पृष्ठ\fओलावृष्टि से फसल क्षति का सर्वेक्षण प्रतिवेदन".getBytes(StandardCharsets.UTF_8))
                .json().get("id").asString();
        JsonNode hit = waitForHit("ओलावृष्टि", Duration.ofSeconds(30));
        assertThat(hit.get("nodeId").asString()).isEqualTo(id);
        assertThat(hit.get("page").asInt()).isEqualTo(2);
        assertThat(hit.get("snippets").get(0).asString()).contains("<mark>ओलावृष्टि</mark>");
    }

    @Test
    void theDemoLandRecordFileIsFoundFromLatinLettersWithFacets() {
        JsonNode result = waitForResult("namantaran khasra", Duration.ofSeconds(30));
        assertThat(result.get("total").asLong()).isPositive();
        assertThat(result.get("facets").get("office").get(0).get("value").asString()).isEqualTo("COLL-SEH");
        ApiClient.Response filtered = admin().get("/api/v1/search?q=" + encode("खसरा") + "&type=eo:file&section=REV");
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.json().get("hits").get(0).get("numbers").toString()).contains("A-12011/3/2020-Rev");
        String fileId = filtered.json().get("hits").get(0).get("nodeId").asString();
        assertThat(admin().get("/api/v1/search/similar/" + fileId).status()).isEqualTo(200);
    }

    @Test
    void badSearchesGetAProblemSayingWhatToFix() {
        ApiClient.Response unbalanced = admin().get("/api/v1/search?q=" + encode("\"quarry lease"));
        assertThat(unbalanced.status()).isEqualTo(400);
        assertThat(unbalanced.json().get("detail").asString()).contains("without a closing one");
        ApiClient.Response unknown = admin().get("/api/v1/search?q=x&colour=red");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("Unknown filter 'colour'");
        assertThat(admin().get("/api/v1/search?q=x&maxItems=500").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/search?q=x&sort=sideways").json().get("detail").asString())
                .contains("Unknown sort 'sideways'");
        assertThat(anonymous().get("/api/v1/search?q=x").status()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsRebuildTheIndexAndProgressCanBeFollowed() {
        admin().postJson("/api/v1/users", Map.of("username", "clerk.search", "displayName", "लिपिक",
                "password", "clerk-password-1", "admin", false));
        ApiClient clerk = new ApiClient(port, "clerk.search", "clerk-password-1");
        assertThat(clerk.postJson("/api/v1/search/reindex", Map.of()).status()).isEqualTo(403);
        assertThat(clerk.get("/api/v1/search?q=x").status()).isEqualTo(200);

        ApiClient.Response started = admin().postJson("/api/v1/search/reindex", Map.of());
        assertThat(started.status()).as(started.text()).isIn(202, 409);
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode status;
        do {
            status = admin().get("/api/v1/search/reindex").json();
            assertThat(Instant.now()).as("reindex finished in time: " + status).isBefore(deadline);
        } while (status.get("state").asString().equals("RUNNING"));
        assertThat(status.get("state").asString()).isEqualTo("DONE");
        assertThat(status.get("done").asLong()).isEqualTo(status.get("total").asLong()).isPositive();
    }

    private JsonNode waitForHit(String query, Duration timeout) {
        return waitForResult(query, timeout).get("hits").get(0);
    }

    /** Polls until the query finds something: the outbox indexer works in the background. */
    private JsonNode waitForResult(String query, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            ApiClient.Response response = admin().get("/api/v1/search?q=" + encode(query));
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            if (response.json().get("total").asLong() > 0) {
                return response.json();
            }
            assertThat(Instant.now()).as("'" + query + "' found before the deadline").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
