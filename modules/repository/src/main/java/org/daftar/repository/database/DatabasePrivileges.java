package org.daftar.repository.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Gives the application's role what it needs and nothing more, run as the role that owns the schema.
 *
 * <p>The application reads and writes rows ({@code SELECT}, {@code INSERT}, {@code UPDATE}, {@code DELETE}) and
 * draws from sequences; it owns nothing, so it cannot alter, drop or disable triggers on a table, and it is no
 * superuser, so it cannot {@code SET session_replication_role}. Append-only tables get {@code SELECT} and
 * {@code INSERT} only, so their history cannot be rewritten even if a trigger is lost. Default privileges grant
 * tables and sequences created later by the owner (new migrations) the same way; the grants are repeated after
 * every migration so that a database set up by hand, or before this class existed, ends in the same state.
 * Nothing is revoked that the application needs, so a second node starting beside a running one changes nothing
 * it relies on.
 */
public final class DatabasePrivileges {

    /** Tables whose rows are never changed or removed once written. */
    public static final List<String> APPEND_ONLY_TABLES = List.of("audit_event", "audit_chain");

    private DatabasePrivileges() {
    }

    /**
     * Grants {@code appRole} row access to every table in the {@code public} schema (append-only tables: read and
     * insert only), use of its sequences, and the same on tables and sequences the current role creates later.
     *
     * @param owner connections as the schema's owner
     */
    public static void grant(DataSource owner, String appRole) {
        if (appRole == null || appRole.isBlank()) {
            return;     // the URL names the only role
        }
        String app = quoteIdentifier(appRole);
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            if (appRole.equals(connection.getMetaData().getUserName())) {
                return;     // one role for both (an external database set up before the owner role existed)
            }
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + app);
            statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + app);
            statement.execute("REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM " + app);
            for (String table : APPEND_ONLY_TABLES) {
                if (exists(connection, table)) {
                    statement.execute("REVOKE UPDATE, DELETE ON " + quoteIdentifier(table) + " FROM " + app);
                }
            }
            if (exists(connection, "flyway_schema_history")) {
                // the application reads nothing there and must not rewrite which migrations ran
                statement.execute("REVOKE ALL ON flyway_schema_history FROM " + app);
            }
            // without FOR ROLE these apply to objects the current role (the owner) creates from now on
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
                    + app);
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO " + app);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the application role " + appRole + " its privileges: "
                    + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (var query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, "public." + table);
            try (var rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** A role or table name as an SQL identifier, quoted, so any name the operator chose is taken literally. */
    static String quoteIdentifier(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("'" + name + "' is not a usable SQL name");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
