package org.daftar.repository.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.daftar.repository.Repository;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.text.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup/restore drill: a real embedded PostgreSQL and content store, documents with versions and OCR page text,
 * an online backup while a writer keeps creating documents, two known writes around a point in time, a second
 * (incremental) backup, and a restore to that point into an empty home, compared row by row and hash by hash.
 */
class BackupRestoreDrillTest {

    /** What the drill compares: every row that matters, as text, sorted. */
    private static final String STATE = """
            SELECT 'node ' || id || ' ' || name || ' ' || coalesce(content_hash, '-') || ' ' || coalesce(version_label, '-')
              FROM node
            UNION ALL SELECT 'version ' || node_id || ' ' || major || '.' || minor || ' ' || coalesce(content_hash, '-') FROM node_version
            UNION ALL SELECT 'page ' || node_id || ' ' || page || ' ' || md5(text) FROM page_text
            UNION ALL SELECT 'audit ' || id || ' ' || node_id || ' ' || action FROM audit_event
            ORDER BY 1
            """;

    /** The drill's notes (phases, what was found) in the test output; progress itself is not shown. */
    private static final ProgressListener NOTES = new ProgressListener() {
        @Override
        public void progress(Progress progress) {
        }

        @Override
        public void note(String line) {
            System.out.println(Instant.now() + " " + line);
        }
    };

    @TempDir
    Path work;

    @Test
    void aBackupTakenWhileDocumentsArriveRestoresToAPointBetweenTwoKnownWritesWithNothingLostAndNothingAfter()
            throws Exception {
        HomeLayout home = new HomeLayout(work.resolve("home"));
        BackupDestination destination = new BackupDestination(work.resolve("backup"));
        Files.createDirectories(home.home().resolve("audit"));
        Files.writeString(home.home().resolve("audit/checkpoints.log"), "checkpoint 1\n");
        List<String> atTarget;
        List<String> afterTarget;
        Instant target;
        BackupManifest first;
        BackupManifest second;
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(home.postgres(), 0);
             HikariDataSource app = appPool(postgres)) {
            Repository repository = Repository.assemble(app, home.content(), 1 << 20);
            NodeStore nodes = repository.nodes();
            for (int i = 0; i < 40; i++) {
                Node document = document(repository, "seed-" + i);
                if (i % 4 == 0) {
                    nodes.newVersion(document.id(), content("seed-" + i + " v2"), false, "second scan", Map.of(), "drill");
                }
            }
            // an online backup while a writer keeps creating documents (with OCR text)
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                // until the backup has ended (at least 20), at most 1,000: a slow disk must not make the drill long
                while ((writing.get() || written.get() < 20) && written.get() < 1_000) {
                    document(repository, "during-" + written.incrementAndGet());
                }
            });
            DataSource superuser = postgres.dataSource("postgres", postgres.superuser());
            first = new OnlineBackup(home, superuser, Clock.systemUTC()).run(destination, NOTES);
            writing.set(false);
            writer.join();
            assertThat(written.get()).isGreaterThanOrEqualTo(20);

            // two known writes, and the point in time between them
            document(repository, "known-before");
            target = Instant.now();
            while (!Instant.now().isAfter(target)) {
                Thread.onSpinWait();
            }
            atTarget = state(app);
            document(repository, "known-after");
            afterTarget = state(app);

            // the writer goes on during the second backup, which copies only what is new
            AtomicBoolean writingAgain = new AtomicBoolean(true);
            CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
                for (int i = 0; (writingAgain.get() || i < 5) && i < 1_000; i++) {
                    document(repository, "later-" + i);
                }
            });
            second = new OnlineBackup(home, superuser, Clock.systemUTC()).run(destination, NOTES);
            writingAgain.set(false);
            later.join();
        }
        assertThat(first.content()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(second.contentCopied()).isPositive().isLessThan(second.content().size());
        assertThat(first.configuration()).extracting(ManifestFile::path)
                .contains("db-credentials.properties", "audit/checkpoints.log");
        assertThat(afterTarget).hasSizeGreaterThan(atTarget.size());

        HomeLayout restored = new HomeLayout(work.resolve("restored"));
        PointInTimeRestore restore = new PointInTimeRestore(destination, restored);
        assertThat(restore.choose(Optional.of(target.atOffset(ZoneOffset.UTC))).id()).isEqualTo(first.id());
        PointInTimeRestore.Result result = restore.run(Optional.of(target.atOffset(ZoneOffset.UTC)),
                NOTES);
        assertThat(result.recovery().lastCommit()).hasValueSatisfying(t -> assertThat(t).isBeforeOrEqualTo(target));
        assertThat(Files.readString(restored.home().resolve("audit/checkpoints.log"))).isEqualTo("checkpoint 1\n");

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(restored.postgres(), 0)) {
            DataSource database = postgres.dataSource("daftar", postgres.superuser());
            assertThat(state(database)).containsExactlyElementsOf(atTarget);
            ContentVerification.Report report = ContentVerification.verify(database, restored.content(),
                    NOTES);
            assertThat(report.missing()).isEmpty();
            assertThat(report.mismatched()).isEmpty();
            assertThat(report.references()).isEqualTo(JdbcClient.create(database)
                    .sql("SELECT count(*) FROM node WHERE content_hash IS NOT NULL").query(Long.class).single()
                    + JdbcClient.create(database).sql("SELECT count(*) FROM node_version WHERE content_hash IS NOT NULL")
                    .query(Long.class).single());
            assertThat(report.rows()).containsKeys("node", "node_version", "page_text", "audit_event");
            // the restored history is the same evidence: its hash chain verifies link by link
            var audit = new org.daftar.repository.audit.AuditVerification(database,
                    new org.springframework.jdbc.datasource.DataSourceTransactionManager(database)).verify(List.of());
            assertThat(audit.ok()).as(audit.findings().toString()).isTrue();
            assertThat(audit.links()).isEqualTo(audit.events()).isPositive();
            // the restored server takes writes on its own new timeline, archived into its own WAL archive
            assertThat(result.recovery().timeline()).isGreaterThan(1);
        }
    }

    @Test
    void aRestoreIntoAHomeThatIsNotEmptyIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path home = Files.createDirectories(work.resolve("busy"));
        Files.writeString(home.resolve("initial-admin-password"), "x");
        BackupDestination nowhere = new BackupDestination(work.resolve("none"));
        assertThatThrownBy(() -> new PointInTimeRestore(nowhere, new HomeLayout(home))
                .run(Optional.empty(), NOTES))
                .hasMessageContaining("is not empty").hasMessageContaining("initial-admin-password");
        assertThat(home).isDirectoryContaining(p -> p.getFileName().toString().equals("initial-admin-password"));
    }

    private static HikariDataSource appPool(EmbeddedPostgresServer postgres) {
        String url = postgres.createDatabase("daftar");
        DatabaseMigrations.migrate(url, postgres.owner(), postgres.app().user());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(postgres.app().user());
        config.setPassword(postgres.app().password());
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    /** A document with its content and two pages of OCR text, each in its own transaction. */
    private static Node document(Repository repository, String name) {
        Node node = repository.nodes().createDocument(new NewNode(NodeStore.ROOT_ID, name + "-" + UUID.randomUUID()
                + ".pdf", "cm:content", Set.of(), Map.of()), content(name), "drill");
        repository.pageTexts().replace(node.id(), "1.0", List.of(
                new PageText(1, PageText.TextSource.OCR, "hin", 90f, "नामांतरण प्रकरण " + name),
                new PageText(2, PageText.TextSource.OCR, "eng", 95f, "mutation case " + name)));
        return node;
    }

    private static NewContent content(String text) {
        return new NewContent(new ByteArrayInputStream((text + " " + UUID.randomUUID()).repeat(50)
                .getBytes(StandardCharsets.UTF_8)), "application/pdf");
    }

    private static List<String> state(DataSource dataSource) {
        return new ArrayList<>(JdbcClient.create(dataSource).sql(STATE).query(String.class).list());
    }
}
