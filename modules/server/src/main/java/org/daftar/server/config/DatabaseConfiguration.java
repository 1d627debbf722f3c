package org.daftar.server.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
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
 * under {@code daftar.home}. Either way the schema is migrated before anything else uses it.
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
        HikariConfig config = new HikariConfig();
        config.setPoolName("daftar");
        config.setMaximumPoolSize(20);
        if (properties.db().external()) {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
            log.info("Using external PostgreSQL at {}", properties.db().url());
        } else {
            EmbeddedPostgresServer server = embedded.getObject();
            config.setJdbcUrl(server.createDatabase("daftar"));
            config.setUsername(server.user());
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        int applied = DatabaseMigrations.migrate(dataSource);
        if (applied > 0) {
            log.info("Applied {} database migration(s)", applied);
        }
        return dataSource;
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
