package org.daftar.repository.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.database.DatabaseLogin;
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
 * database on it so classes cannot see each other's rows.
 *
 * <p>Test methods (and constructors, {@code @BeforeAll}/{@code @BeforeEach} methods) receive a {@link DataSource}
 * parameter: a pool connected as the application's role, as the server connects (rows only; no DDL, no
 * {@code session_replication_role}, audit events append-only). The migrations ran as the owner role, as in the
 * server. A test that needs more (e.g. acting as an attacker who has the database) declares the parameter
 * {@code @EmbeddedDatabase.Superuser DataSource}, or {@code @EmbeddedDatabase.Owner DataSource} for the role
 * that owns the tables; those are unpooled connections to the same database.
 */
public final class EmbeddedDatabase implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedDatabase.class);

    /** Marks a {@link DataSource} parameter that connects as the superuser {@code postgres}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    public @interface Superuser {
    }

    /** Marks a {@link DataSource} parameter that connects as the role owning the tables (runs the migrations). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    public @interface Owner {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedPostgresServer server = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent("server", key -> new ServerResource(), ServerResource.class).server;
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = server.createDatabase(database);
        DatabaseLogin app = server.app();
        DatabaseMigrations.migrate(url, server.owner(), app.user());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(app.user());
        config.setPassword(app.password());
        config.setMaximumPoolSize(8);
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        store.put("dataSource", new HikariDataSource(config));
        store.put("superuser", server.dataSource(database, server.superuser()));
        store.put("owner", server.dataSource(database, server.owner()));
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
        Class<?> type = parameter.getParameter().getType();
        return type == DataSource.class || type == EmbeddedPostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == EmbeddedPostgresServer.class) {
            // the shared server itself, for tests that make databases of their own
            return context.getRoot().getStore(NAMESPACE).get("server", ServerResource.class).server;
        }
        String key = parameter.isAnnotated(Superuser.class) ? "superuser"
                : parameter.isAnnotated(Owner.class) ? "owner" : "dataSource";
        return context.getStore(NAMESPACE).get(key, DataSource.class);
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
