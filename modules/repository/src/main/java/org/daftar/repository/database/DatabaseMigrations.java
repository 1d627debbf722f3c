package org.daftar.repository.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings a database's schema up to date with the Flyway migrations of every module on the classpath.
 *
 * <p>Each module keeps its migrations under {@code db/migration/<module>/} and numbers them in its own major
 * version: repository 1.x, eoffice 2.x, ocr 3.x, search 4.x, cmis 5.x. Modules evolve independently, so a
 * lower-numbered migration may arrive after a higher one has run; {@code outOfOrder} applies it then instead of
 * refusing to start.
 *
 * <p>Migrations run as the schema's owner, on connections of their own that are closed when done; the application
 * then connects as a role with row access only ({@link DatabasePrivileges}).
 */
public final class DatabaseMigrations {

    private DatabaseMigrations() {
    }

    /** Applies pending migrations; returns how many ran. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * Connects to {@code jdbcUrl} as {@code owner} (unpooled: the connections close when Flyway is done), applies
     * pending migrations, then grants {@code appRole} its privileges. Returns how many migrations ran.
     */
    public static int migrate(String jdbcUrl, DatabaseLogin owner, String appRole) {
        DataSource ownerConnections = dataSource(jdbcUrl, owner);
        int applied = migrate(ownerConnections);
        DatabasePrivileges.grant(ownerConnections, appRole);
        return applied;
    }

    /** Unpooled connections to {@code jdbcUrl} as {@code login}; each {@code getConnection} opens a new one. */
    public static DataSource dataSource(String jdbcUrl, DatabaseLogin login) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        if (!login.user().isBlank()) {     // blank: the user named in the URL
            dataSource.setUser(login.user());
        }
        if (login.password() != null) {
            dataSource.setPassword(login.password());
        }
        return dataSource;
    }
}
