package org.daftar.repository.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.property.PropertyJson;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain as the application makes it: canonical form, commit order, rollbacks, and the migration's back-fill. */
@ExtendWith(EmbeddedDatabase.class)
class AuditChainTest {

    @Test
    void theJavaCanonicalFormIsTheOneTheDatabaseLinksWith(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID node = UUID.fromString("0f6c2a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6");
        String details = "{\"b\": [1, 2.50, -3e2, true, null], \"aa\": {\"नाम\": \"टिप्पणी \\\"उद्धरण\\\"\"}, "
                + "\"c\": \"tab\\tnew\\nline\\u0001 back\\\\slash / ✓\"}";
        for (UUID nodeId : new UUID[] {node, null}) {
            String database = jdbc.sql("""
                            SELECT audit_event_canonical(ROW(42, timestamptz '2026-12-04 10:15:30.000123+05:30',
                                   ?, 'CREATE', ?, CAST(? AS jsonb))::audit_event)""")
                    .params("क्लर्क \"one\"\n\u0007", nodeId, details).query(String.class).single();
            String stored = jdbc.sql("SELECT CAST(? AS jsonb)").param(details).query(String.class).single();

            String java = AuditChain.canonical(42, OffsetDateTime.parse("2026-12-04T10:15:30.000123+05:30"),
                    "क्लर्क \"one\"\n\u0007", "CREATE", nodeId, stored);

            assertThat(java).isEqualTo(database);
        }
        assertThat(AuditChain.canonical(42, OffsetDateTime.parse("2026-12-04T10:15:30.000123+05:30"),
                "clerk", "CREATE", null, "{}"))
                .isEqualTo("[42, \"2026-12-04T04:45:30.000123Z\", \"clerk\", \"CREATE\", null, {}]");
    }

    @Test
    void eventsCommittedConcurrentlyAreChainedInCommitOrderAndRolledBackOnesLeaveNoLink(EmbeddedPostgresServer dataSource)
            throws Exception {
        HikariDataSource database = AuditDatabases.create(dataSource, "latest");
        try (database; ExecutorService pool = Executors.newFixedThreadPool(8)) {
            JdbcClient jdbc = JdbcClient.create(database);
            AuditLog log = new AuditLog(jdbc, new PropertyJson());
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int writer = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        int n = i;
                        transaction.executeWithoutResult(status -> {
                            log.append("writer" + writer, AuditAction.UPDATE, UUID.randomUUID(), Map.of("n", n));
                            log.append("writer" + writer, AuditAction.UPDATE, UUID.randomUUID(), Map.of("n", -n));
                            if (n % 10 == 0) {
                                status.setRollbackOnly();
                            }
                        });
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }

            AuditVerification.Report report = new AuditVerification(database, new DataSourceTransactionManager(database))
                    .verify(List.of());

            assertThat(report.findings()).isEmpty();
            assertThat(report.links()).isEqualTo(8 * 45 * 2);
            assertThat(report.events()).isEqualTo(8 * 45 * 2);
            assertThat(new AuditChain(jdbc).head().position()).isEqualTo(8 * 45 * 2);
        }
    }

    @Test
    void theMigrationChainsTheEventsWrittenBeforeIt(EmbeddedPostgresServer dataSource) throws SQLException {
        HikariDataSource database = AuditDatabases.create(dataSource, "1.2");
        try (database) {
            JdbcClient jdbc = JdbcClient.create(database);
            for (int i = 0; i < 25; i++) {
                jdbc.sql("INSERT INTO audit_event (actor, action, node_id, details) VALUES (?, 'CREATE', ?, ?::jsonb)")
                        .params("clerk" + i, UUID.randomUUID(), "{\"name\": \"पत्र " + i + "\"}").update();
            }

            DatabaseMigrations.migrate(database);

            AuditVerification.Report report = new AuditVerification(database, new DataSourceTransactionManager(database))
                    .verify(List.of());
            assertThat(report.findings()).isEmpty();
            assertThat(report.links()).isEqualTo(25);
            assertThat(new AuditChain(jdbc).head().eventId())
                    .isEqualTo(jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).single());
        }
    }
}
