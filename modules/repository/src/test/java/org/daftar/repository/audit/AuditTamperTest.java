package org.daftar.repository.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.Repository;
import org.daftar.repository.audit.AuditFinding.Kind;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The must-show of issue 14: someone with a superuser connection to the database switches triggers off
 * ({@code session_replication_role = replica}) and edits, deletes, inserts and reorders audit events, or rewrites
 * the chain consistently; verification names each forgery. Every test forges in its own database.
 */
@ExtendWith(EmbeddedDatabase.class)
class AuditTamperTest {

    @TempDir
    Path home;

    private HikariDataSource database;
    private JdbcClient jdbc;
    private AuditVerification verification;
    private AuditCheckpoints checkpoints;
    private List<Long> events;

    @BeforeEach
    void tenEventsOfOrdinaryWork(EmbeddedPostgresServer server) throws SQLException {
        database = AuditDatabases.create(server, "latest");
        jdbc = JdbcClient.create(database);
        Repository repository = Repository.assemble(database, home.resolve("content"), 1 << 20);
        for (int i = 0; i < 10; i++) {
            repository.nodes().createFolder(new NewNode(NodeService.ROOT_ID, "पत्रावली " + i, "cm:folder", Set.of(),
                    Map.of()), "clerk" + i);
        }
        verification = new AuditVerification(database, new DataSourceTransactionManager(database));
        checkpoints = new AuditCheckpoints(home.resolve("audit"), new AuditChain(jdbc), Clock.systemUTC());
        events = jdbc.sql("SELECT id FROM audit_event ORDER BY id").query(Long.class).list();
        assertThat(events).hasSize(10);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anUntouchedHistoryVerifies() {
        AuditVerification.Report report = verify();

        assertThat(report.findings()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.links()).isEqualTo(10);
        assertThat(report.events()).isEqualTo(10);
    }

    @Test
    void anEventWhoseActorWasEditedIsNamed() throws SQLException {
        long forged = events.get(3);
        AuditDatabases.asAttacker(database, "UPDATE audit_event SET actor = 'someone else' WHERE id = ?", forged);

        assertThat(verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.EDITED);
            assertThat(finding.eventId()).isEqualTo(forged);
            assertThat(finding.message()).startsWith("event " + forged + " (chain position 4) was edited");
        });
    }

    @Test
    void aDeletedEventIsNamed() throws SQLException {
        long deleted = events.get(5);
        AuditDatabases.asAttacker(database, "DELETE FROM audit_event WHERE id = ?", deleted);

        AuditVerification.Report report = verify();

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.DELETED);
            assertThat(finding.message()).isEqualTo("event " + deleted + " (chain position 6) was deleted");
        });
        assertThat(report.events()).isEqualTo(9);
    }

    @Test
    void anInsertedEventIsNamed() throws SQLException {
        AuditDatabases.asAttacker(database, """
                INSERT INTO audit_event (actor, action, node_id, details)
                VALUES ('clerk1', 'DELETE', ?, '{}')""", UUID.randomUUID());
        long inserted = jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).single();

        assertThat(verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.INSERTED);
            assertThat(finding.message()).startsWith("event " + inserted + " is not in the chain");
        });
    }

    @Test
    void anEventInsertedIntoTheGapOfARolledBackOneIsNamedWhileTheGapItselfIsNot() throws SQLException {
        AuditLog log = new AuditLog(jdbc, new org.daftar.repository.property.PropertyJson());
        var transactions = new org.springframework.transaction.support.TransactionTemplate(
                new DataSourceTransactionManager(database));
        transactions.executeWithoutResult(status -> {
            log.append("clerk1", AuditAction.UPDATE, UUID.randomUUID(), Map.of());
            status.setRollbackOnly();
        });
        log.append("clerk2", AuditAction.UPDATE, UUID.randomUUID(), Map.of());
        assertThat(verify().ok()).isTrue();
        long gap = events.getLast() + 1;
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE id = ?").param(gap).query(Long.class).single())
                .isZero();

        AuditDatabases.asAttacker(database, """
                INSERT INTO audit_event (id, actor, action, node_id, details) OVERRIDING SYSTEM VALUE
                VALUES (?, 'clerk1', 'DELETE', ?, '{}')""", gap, UUID.randomUUID());

        assertThat(verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.INSERTED);
            assertThat(finding.eventId()).isEqualTo(gap);
        });
    }

    @Test
    void twoEventsWhoseContentsWereSwappedAreNamedAsReordered() throws SQLException {
        long first = events.get(2);
        long second = events.get(7);
        AuditDatabases.asAttacker(database, """
                UPDATE audit_event a SET at = b.at, actor = b.actor, action = b.action, node_id = b.node_id,
                                         details = b.details
                FROM audit_event b
                WHERE (a.id = ? AND b.id = ?) OR (a.id = ? AND b.id = ?)""", first, second, second, first);

        assertThat(verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.REORDERED);
            assertThat(finding.message()).startsWith("events " + first + " and " + second
                    + " (chain positions 3 and 8) were reordered");
        });
    }

    @Test
    void aHistoryRewrittenTogetherWithItsChainIsCaughtByTheCheckpoint() throws SQLException {
        AuditCheckpoints.Checkpoint early = checkpoints.write();
        new AuditLog(jdbc, new org.daftar.repository.property.PropertyJson())
                .append("clerk3", AuditAction.UPDATE, UUID.randomUUID(), Map.of("name", "later"));
        AuditCheckpoints.Checkpoint late = checkpoints.write();
        assertThat(verify().ok()).isTrue();

        // The attacker edits event 5 and recomputes every later link and the head, exactly as the trigger would.
        AuditDatabases.asAttacker(database, "UPDATE audit_event SET actor = 'someone else' WHERE id = ?", events.get(4));
        AuditDatabases.asAttacker(database, """
                DO $$
                DECLARE
                    r record;
                    previous bytea := decode(repeat('00', 32), 'hex');
                BEGIN
                    FOR r IN SELECT c.seq, e FROM audit_chain c JOIN audit_event e ON e.id = c.event_id ORDER BY c.seq LOOP
                        UPDATE audit_chain SET prev_hash = previous,
                               hash = sha256(previous || convert_to(audit_event_canonical(r.e), 'UTF8'))
                        WHERE seq = r.seq RETURNING hash INTO previous;
                    END LOOP;
                    UPDATE audit_chain_head SET hash = previous;
                END;
                $$""");

        AuditVerification.Report report = verify();

        assertThat(report.findings()).extracting(AuditFinding::kind).containsOnly(Kind.CHECKPOINT);
        assertThat(report.findings()).extracting(AuditFinding::message).containsExactly(
                "checkpoint 1 of " + early.at() + " no longer matches the chain at position 10 (event "
                        + events.getLast() + "): history between the start of the log and it was rewritten",
                "checkpoint 2 of " + late.at() + " no longer matches the chain at position 11 (event "
                        + late.eventId() + "): history between the start of the log and it was rewritten");
    }

    @Test
    void aCheckpointBeyondTheEndOfATruncatedChainIsNamed() throws SQLException {
        AuditCheckpoints.Checkpoint checkpoint = checkpoints.write();
        AuditDatabases.asAttacker(database, "DELETE FROM audit_chain WHERE seq = 10");
        AuditDatabases.asAttacker(database, "DELETE FROM audit_event WHERE id = ?", events.getLast());
        AuditDatabases.asAttacker(database, """
                UPDATE audit_chain_head h SET seq = c.seq, event_id = c.event_id, hash = c.hash
                FROM audit_chain c WHERE c.seq = 9""");

        assertThat(verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.CHECKPOINT);
            assertThat(finding.message()).isEqualTo("checkpoint 1 of " + checkpoint.at()
                    + " names chain position 10 (event " + events.getLast()
                    + ") but the chain ends at position 9: events were removed");
        });
    }

    @Test
    void anEditedCheckpointLineIsNamed() throws Exception {
        checkpoints.write();
        checkpoints.write();
        Path file = checkpoints.file();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(file, List.of(lines.get(0).replace("position=10", "position=9"), lines.get(1)),
                StandardCharsets.UTF_8);

        AuditCheckpoints.Readings readings = checkpoints.read();

        assertThat(readings.checkpoints()).extracting(AuditCheckpoints.Checkpoint::number).containsExactly(2);
        assertThat(readings.problems()).extracting(AuditFinding::message).containsExactly(
                "line 1 of " + file + " is not a correctly signed checkpoint: it was edited or written by someone else",
                "checkpoint 1 before line 2 of " + file + " is missing or unreadable: lines were removed or edited");
    }

    private AuditVerification.Report verify() {
        return verification.verify(checkpoints.read().checkpoints());
    }
}
