package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.efile.NewFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Priority;
import org.daftar.repository.Repository;
import org.daftar.repository.backup.BackupDestination;
import org.daftar.repository.backup.ContentVerification;
import org.daftar.repository.backup.HomeLayout;
import org.daftar.repository.backup.OnlineBackup;
import org.daftar.repository.backup.PointInTimeRestore;
import org.daftar.repository.backup.ProgressListener;
import org.daftar.repository.content.FileSystemContentStore;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.NodeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The backup/restore drill on e-Office data: files created and sent between desks (movements) and scanned documents,
 * an online backup while a clerk keeps working, a restore to a point between two known sends — the office as it was
 * at that moment, every movement up to it and none after.
 */
class EofficeBackupDrillTest {

    private static final String STATE = """
            SELECT 'item ' || node_id || ' ' || kind || ' ' || number || ' ' || holder_post
              FROM eo_item
            UNION ALL SELECT 'movement ' || id || ' ' || item_id || ' ' || action || ' ' || from_post || ' '
                   || coalesce(to_post::text, '-') FROM eo_movement
            UNION ALL SELECT 'node ' || id || ' ' || coalesce(content_hash, '-') FROM node
            ORDER BY 1
            """;

    @TempDir
    Path work;

    @Test
    void anOfficeRestoredToAPointBetweenTwoSendsHasEveryMovementUpToItAndNoneAfter() throws Exception {
        HomeLayout home = new HomeLayout(work.resolve("home"));
        BackupDestination destination = new BackupDestination(work.resolve("backup"));
        List<String> atTarget;
        Instant target;
        String afterTargetFile;
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(home.postgres(), 0);
             HikariDataSource app = appPool(postgres)) {
            DataSourceTransactionManager transactions = new DataSourceTransactionManager(app);
            Repository repository = Repository.assemble(org.daftar.model.TypeRegistry.standard(), app, transactions,
                    new FileSystemContentStore(home.content(), 1 << 24), Clock.systemUTC());
            Eoffice eoffice = Eoffice.assemble(app, transactions, repository, Clock.systemUTC());
            SehoreOffice sehore = SehoreOffice.create(eoffice.organisation(), repository.users(), "");
            for (int i = 0; i < 10; i++) {
                work(eoffice, repository, sehore, "seed " + i);
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            CompletableFuture<Void> clerk = CompletableFuture.runAsync(() -> {
                while ((writing.get() || written.get() < 10) && written.get() < 500) {
                    work(eoffice, repository, sehore, "during " + written.incrementAndGet());
                }
            });
            DataSource superuser = postgres.dataSource("postgres", postgres.superuser());
            new OnlineBackup(home, superuser, Clock.systemUTC()).run(destination, ProgressListener.SILENT);
            writing.set(false);
            clerk.join();

            work(eoffice, repository, sehore, "known before");
            target = Instant.now();
            while (!Instant.now().isAfter(target)) {
                Thread.onSpinWait();
            }
            atTarget = JdbcClient.create(app).sql(STATE).query(String.class).list();
            afterTargetFile = work(eoffice, repository, sehore, "known after").item().number();
            new OnlineBackup(home, superuser, Clock.systemUTC()).run(destination, ProgressListener.SILENT);
        }
        assertThat(atTarget).anyMatch(row -> row.startsWith("movement ") && row.contains(" Sent "));

        HomeLayout restored = new HomeLayout(work.resolve("restored"));
        new PointInTimeRestore(destination, restored).run(Optional.of(target.atOffset(ZoneOffset.UTC)),
                ProgressListener.SILENT);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(restored.postgres(), 0)) {
            DataSource database = postgres.dataSource("daftar", postgres.superuser());
            List<String> state = JdbcClient.create(database).sql(STATE).query(String.class).list();
            assertThat(state).containsExactlyElementsOf(atTarget);
            assertThat(state).noneMatch(row -> row.contains(afterTargetFile));
            ContentVerification.Report report = ContentVerification.verify(database, restored.content(),
                    ProgressListener.SILENT);
            assertThat(report.ok()).isTrue();
            assertThat(report.rows().get("eo_movement")).isPositive();
        }
    }

    /** A desk's unit of work: a new file sent up to the office superintendent, and a scanned letter stored. */
    private static EFile work(Eoffice eoffice, Repository repository, SehoreOffice sehore, String subject) {
        EFile file = eoffice.files().create(sehore.assistant(),
                new NewFile("A-12011", null, "नामांतरण " + subject, "Land Records", null, null, "B", null));
        eoffice.movements().send(sehore.assistant(), file.item().nodeId(), ItemKind.file, sehore.os().postId(),
                "for kind perusal", Priority.Normal, null);
        repository.nodes().createDocument(new NewNode(NodeStore.ROOT_ID, "scan " + subject + " "
                        + java.util.UUID.randomUUID() + ".pdf", "cm:content", Set.of(), Map.of()),
                new NewContent(new ByteArrayInputStream(("%PDF-1.4 " + subject + " " + System.nanoTime())
                        .getBytes(StandardCharsets.UTF_8)), "application/pdf"), "drill");
        return file;
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
}
