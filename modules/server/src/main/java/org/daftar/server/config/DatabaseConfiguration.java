package org.daftar.server.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.daftar.repository.database.DatabaseLogin;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The database: an external PostgreSQL when {@code daftar.db.url} is set, otherwise an embedded one started
 * under {@code daftar.home}. Either way the schema is migrated before anything else uses it, as the role that
 * owns it, on connections of its own that are closed when done; the application's pool connects as a role that
 * may read and write rows and nothing more (docs/operations.md, "Database roles").
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Present only when no external database is configured. */
    @Bean(destroyMethod = "close")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${daftar.db.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgres(DaftarProperties properties) {
        return EmbeddedPostgresServer.start(properties.home().resolve("postgres"), properties.db().embeddedPort());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DaftarProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        String url;
        DatabaseLogin app;
        DatabaseLogin owner;
        DaftarProperties.Database db = properties.db();
        if (db.external()) {
            url = db.url();
            app = new DatabaseLogin(db.user() == null ? "" : db.user(), db.password());
            if (db.separateOwner()) {
                owner = new DatabaseLogin(db.ownerUser(), db.ownerPassword());
            } else {
                owner = app;
                log.warn("daftar.db.owner-user is not set: migrations run as {}, which then owns the tables and can"
                        + " alter them; set up an owner and an application role (docs/operations.md)", app.user());
            }
            log.info("Using external PostgreSQL at {} as {} (migrations as {})", url, app.user(), owner.user());
        } else {
            EmbeddedPostgresServer server = embedded.getObject();
            url = server.createDatabase("daftar");
            app = server.app();
            owner = server.owner();
        }
        int applied = DatabaseMigrations.migrate(url, owner, app.user());
        if (applied > 0) {
            log.info("Applied {} database migration(s)", applied);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("daftar");
        config.setMaximumPoolSize(20);
        config.setJdbcUrl(url);
        config.setUsername(app.user().isBlank() ? null : app.user());
        config.setPassword(app.password());
        return new HikariDataSource(config);
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
