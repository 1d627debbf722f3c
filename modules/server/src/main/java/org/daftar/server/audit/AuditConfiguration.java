package org.daftar.server.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.daftar.repository.audit.AuditChain;
import org.daftar.repository.audit.AuditCheckpoints;
import org.daftar.repository.audit.AuditVerification;
import org.daftar.server.config.DaftarProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the audit chain's parts; checkpoints live in {@code daftar.home/audit}. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditChain auditChain(JdbcClient jdbc) {
        return new AuditChain(jdbc);
    }

    @Bean
    AuditCheckpoints auditCheckpoints(DaftarProperties daftar, AuditChain chain) {
        return new AuditCheckpoints(daftar.home().resolve("audit"), chain, Clock.systemUTC());
    }

    @Bean
    AuditVerification auditVerification(DataSource dataSource, PlatformTransactionManager transactions) {
        return new AuditVerification(dataSource, transactions);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    CheckpointSchedule checkpointSchedule(AuditCheckpoints checkpoints, AuditProperties properties) {
        return new CheckpointSchedule(checkpoints, properties.checkpointInterval(), Clock.systemUTC());
    }
}
