package org.daftar.repository.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema up to date with the Flyway migrations of every module on the classpath.
 *
 * <p>Each module keeps its migrations under {@code db/migration/<module>/} and numbers them in its own major
 * version: repository 1.x, eoffice 2.x, ocr 3.x, search 4.x, cmis 5.x. Modules evolve independently, so a
 * lower-numbered migration may arrive after a higher one has run; {@code outOfOrder} applies it then instead of
 * refusing to start.
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
}
