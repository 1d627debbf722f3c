package org.daftar.repository.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension giving each test class a fresh, migrated database on a real PostgreSQL. One embedded server
 * is started per test run (kept in JUnit's root store, closed when the run ends); each class gets its own
 * database on it so classes cannot see each other's rows. Test methods receive the {@link DataSource} as a
 * parameter.
 */
public final class EmbeddedDatabase implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedDatabase.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedPostgresServer server = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent("server", key -> new ServerResource(), ServerResource.class).server;
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.createDatabase(database));
        config.setUsername(server.user());
        config.setMaximumPoolSize(8);
        HikariDataSource dataSource = new HikariDataSource(config);
        DatabaseMigrations.migrate(dataSource);
        context.getStore(NAMESPACE).put("dataSource", dataSource);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        HikariDataSource dataSource = context.getStore(NAMESPACE).remove("dataSource", HikariDataSource.class);
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get("dataSource", DataSource.class);
    }

    /** The shared server, closed by JUnit at the end of the run. */
    private static final class ServerResource implements AutoCloseable {
        final EmbeddedPostgresServer server;
        final Path directory;

        ServerResource() {
            try {
                directory = Files.createTempDirectory("daftar-test-pg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = EmbeddedPostgresServer.start(directory.resolve("data"), 0);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
