package org.daftar.repository.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The role the application connects as can read and write rows and nothing more: what an attacker with the
 * application's login (or an SQL injection) could use to rewrite history is refused by PostgreSQL itself.
 */
@ExtendWith(EmbeddedDatabase.class)
class LeastPrivilegeTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void theApplicationRoleIsNotASuperuserAndOwnsNoTable(DataSource app) {
        JdbcClient jdbc = JdbcClient.create(app);
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theApplicationRoleCannotSwitchTriggersOffWithSessionReplicationRole(DataSource app) {
        assertRefused(app, "SET session_replication_role = replica");
        assertRefused(app, "SET LOCAL session_replication_role = replica");
    }

    @Test
    void theApplicationRoleCannotDisableOrDropTheAuditTriggers(DataSource app) {
        assertRefused(app, "ALTER TABLE audit_event DISABLE TRIGGER ALL");
        assertRefused(app, "DROP TRIGGER audit_event_no_update ON audit_event");
        assertRefused(app, "CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger"
                + " LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
    }

    @Test
    void theApplicationRoleCannotRewriteOrRemoveAuditEvents(DataSource app) {
        UUID node = UUID.randomUUID();
        JdbcClient jdbc = JdbcClient.create(app);
        jdbc.sql("INSERT INTO audit_event (actor, action, node_id) VALUES ('clerk', 'CREATE', ?)").param(node).update();

        assertRefused(app, "DELETE FROM audit_event");
        assertRefused(app, "UPDATE audit_event SET actor = 'someone else'");
        assertRefused(app, "TRUNCATE audit_event");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE node_id = ?").param(node).query(String.class).list())
                .containsExactly("clerk");
    }

    @Test
    void theApplicationRoleCannotDropAlterOrCreateTables(DataSource app) {
        assertRefused(app, "DROP TABLE audit_event");
        assertRefused(app, "ALTER TABLE node ADD COLUMN extra text");
        assertRefused(app, "CREATE TABLE smuggled (id int)");
        assertRefused(app, "DELETE FROM flyway_schema_history");
    }

    @Test
    void theApplicationRoleReadsAndWritesRowsOfOrdinaryTables(DataSource app) {
        JdbcClient jdbc = JdbcClient.create(app);
        long events = jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
        jdbc.sql("INSERT INTO audit_event (actor, action, node_id) VALUES ('clerk', 'CREATE', ?)")
                .param(UUID.randomUUID()).update();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isEqualTo(events + 1);
    }

    @Test
    void aTableALaterMigrationCreatesIsGrantedToTheApplicationWithoutAnotherGrant(
            @EmbeddedDatabase.Owner DataSource owner, DataSource app) {
        JdbcClient.create(owner).sql("CREATE TABLE later_table (id bigint GENERATED ALWAYS AS IDENTITY, v text)")
                .update();

        JdbcClient jdbc = JdbcClient.create(app);
        jdbc.sql("INSERT INTO later_table (v) VALUES ('x')").update();
        jdbc.sql("UPDATE later_table SET v = 'y'").update();
        assertThat(jdbc.sql("SELECT v FROM later_table").query(String.class).single()).isEqualTo("y");
        assertRefused(app, "DROP TABLE later_table");
    }

    @Test
    void aSuperuserConnectionFromTheHarnessCanStillDoWhatTheApplicationCannot(
            @EmbeddedDatabase.Superuser DataSource superuser) throws SQLException {
        try (Connection connection = superuser.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("RESET session_replication_role");
        }
    }

    @Test
    void aLoginWithoutPasswordOrWithAWrongOneIsRefused(DataSource app) {
        String url = ((HikariDataSource) app).getJdbcUrl();
        for (String user : new String[] {"postgres", EmbeddedCredentials.OWNER, EmbeddedCredentials.APP}) {
            Properties noPassword = new Properties();
            noPassword.setProperty("user", user);
            assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword).close())
                    .isInstanceOf(SQLException.class);
            Properties wrongPassword = new Properties();
            wrongPassword.setProperty("user", user);
            wrongPassword.setProperty("password", "not-the-password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, wrongPassword).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    private static void assertRefused(DataSource app, String sql) {
        assertThatThrownBy(() -> {
            try (Connection connection = app.getConnection(); var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
