package org.daftar.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole server once (Spring caches the context across the API test classes) on a random port, with
 * an embedded PostgreSQL in a fresh home directory and a 1 MB content limit, and talks to it over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "daftar.admin-password=" + ApiTestBase.ADMIN_PASSWORD,
        "daftar.content.max-size=1MB",
        "daftar.demo-data=true",
        "daftar.demo-password=" + ApiTestBase.DEMO_PASSWORD})
abstract class ApiTestBase {

    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String DEMO_PASSWORD = "test-demo-password";
    static final String ROOT = "00000000-0000-0000-0000-000000000001";
    static final Path HOME = createHome();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("daftar.home", HOME::toString);
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("daftar-api-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ApiClient admin() {
        return new ApiClient(port, "admin", ADMIN_PASSWORD);
    }

    /** A demo e-Office user (see EofficeDemoData), e.g. ag2.rev, os.rev, dc.rev, adm, collector, dak.clerk. */
    ApiClient demoUser(String username) {
        return new ApiClient(port, username, DEMO_PASSWORD);
    }

    ApiClient anonymous() {
        return new ApiClient(port, null, null);
    }

    /** A new empty folder under the root, so tests do not see each other's nodes. */
    String newFolder() {
        return admin().postJson("/api/v1/nodes/" + ROOT + "/children",
                Map.of("name", "test-" + UUID.randomUUID(), "type", "cm:folder")).json().get("id").asString();
    }

    long storedFiles() {
        try (Stream<Path> files = Files.walk(HOME.resolve("content"))) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
