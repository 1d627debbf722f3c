package org.daftar.repository.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;

/**
 * Fresh databases on the test server for audit tests that tamper with history (each gets its own, so one test's
 * forgery cannot show up in another's verification), and the attacker's way in: a superuser session with
 * triggers switched off.
 */
final class AuditDatabases {

    private AuditDatabases() {
    }

    /** A new empty database beside {@code any}'s, migrated up to {@code target} ("latest" for all). */
    static HikariDataSource create(EmbeddedPostgresServer server, String target) throws SQLException {
        String name = "audit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = server.createDatabase(name);
        // The attacker of these tests has the database: the superuser.
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(server.superuser().user());
        config.setPassword(server.superuser().password());
        config.setMaximumPoolSize(12);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true)
                .target(target).load().migrate();
        return dataSource;
    }

    /**
     * Runs one statement as an attacker with the database would: superuser, inside
     * {@code SET LOCAL session_replication_role = replica}, so no trigger fires.
     */
    static int asAttacker(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
            }
            int changed;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.execute();
                changed = statement.getUpdateCount();
            }
            connection.commit();
            return changed;
        }
    }
}
