package org.daftar.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.daftar.repository.Repository;
import org.daftar.repository.backup.BackupDestination;
import org.daftar.repository.backup.BackupManifest;
import org.daftar.repository.backup.ContentVerification;
import org.daftar.repository.backup.HomeLayout;
import org.daftar.repository.backup.ManifestFile;
import org.daftar.repository.backup.OnlineBackup;
import org.daftar.repository.backup.PointInTimeRestore;
import org.daftar.repository.backup.ProgressListener;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.text.PageText;

/**
 * Backup and restore throughput on N documents (content of {@code --kb} KB each, incompressible, with two pages of
 * OCR text), against {@code cp -a} of the same folders in the same run: the online backup (database base backup
 * + WAL + content + configuration) vs {@code cp -a DAFTAR_HOME}; a second backup with nothing new (incremental);
 * the restore (copy, check every file's SHA-256, WAL replay) vs {@code cp -a} of the backup folder; and the content
 * check after it. Prints MB/s, documents/s and the restore time a terabyte implies.
 *
 * <p>Options: {@code --count N} (default 10000), {@code --kb K} (default 64), {@code --threads N} (default 4, loading).
 */
final class BackupBench {

    private BackupBench() {
    }

    static int run(String[] args) {
        int count = BenchSupport.intOption(args, "--count", 10_000);
        int kb = BenchSupport.intOption(args, "--kb", 64);
        int threads = BenchSupport.intOption(args, "--threads", 4);
        Path work = BenchSupport.scratchDirectory("backup");
        HomeLayout home = new HomeLayout(work.resolve("home"));
        BackupDestination destination = new BackupDestination(work.resolve("backup"));
        try {
            BackupManifest first;
            double backupSeconds;
            double incrementalSeconds;
            double cpSeconds;
            double cpSyncSeconds;
            long homeBytes;
            try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(home.postgres(), 0);
                 HikariDataSource app = appPool(postgres)) {
                Repository repository = Repository.assemble(app, home.content(), 1L << 30);
                long loadStarted = System.nanoTime();
                load(repository, count, kb, threads);
                System.out.printf("loaded %,d documents of %d KB in %.1f s%n", count, kb,
                        (System.nanoTime() - loadStarted) / 1e9);
                var superuser = postgres.dataSource("postgres", postgres.superuser());
                long started = System.nanoTime();
                first = new OnlineBackup(home, superuser, Clock.systemUTC()).run(destination, ProgressListener.SILENT);
                backupSeconds = (System.nanoTime() - started) / 1e9;
                started = System.nanoTime();
                new OnlineBackup(home, superuser, Clock.systemUTC()).run(destination, ProgressListener.SILENT);
                incrementalSeconds = (System.nanoTime() - started) / 1e9;
                homeBytes = treeBytes(home.home());
                cpSeconds = time("cp", "-a", home.home().toString(), work.resolve("cp-home").toString());
                cpSyncSeconds = time("sh", "-c", "cp -a '" + home.home() + "' '" + work.resolve("cp-home-sync")
                        + "' && sync");
            }
            long backupBytes = sum(first.data()) + sum(first.wal()) + first.contentCopiedBytes() + sum(first.configuration());
            BenchSupport.deleteTree(work.resolve("cp-home"));
            BenchSupport.deleteTree(work.resolve("cp-home-sync"));

            HomeLayout restored = new HomeLayout(work.resolve("restored"));
            long started = System.nanoTime();
            PointInTimeRestore.Result result = new PointInTimeRestore(destination, restored)
                    .run(Optional.empty(), ProgressListener.SILENT);
            double restoreSeconds = (System.nanoTime() - started) / 1e9;
            double verifySeconds;
            ContentVerification.Report report;
            try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(restored.postgres(), 0)) {
                started = System.nanoTime();
                report = ContentVerification.verify(postgres.dataSource("daftar", postgres.superuser()),
                        restored.content(), ProgressListener.SILENT);
                verifySeconds = (System.nanoTime() - started) / 1e9;
            }
            long destinationBytes = treeBytes(destination.root());
            double cpRestoreSeconds = time("cp", "-a", destination.root().toString(), work.resolve("cp-restore").toString());
            double cpRestoreSyncSeconds = time("sh", "-c", "cp -a '" + destination.root() + "' '"
                    + work.resolve("cp-restore-sync") + "' && sync");

            double mb = 1024.0 * 1024.0;
            double backupRate = backupBytes / mb / backupSeconds;
            double restoreRate = result.bytes() / mb / restoreSeconds;
            double restoreWithCheck = result.bytes() / mb / (restoreSeconds + verifySeconds);
            System.out.printf("backup benchmark: %,d documents of %d KB (home %.0f MB, backup %.0f MB)%n", count, kb,
                    homeBytes / mb, destinationBytes / mb);
            System.out.printf("  online backup            : %7.1f s  %7.1f MB/s  %7.0f docs/s  (%,d files: database %d, WAL %d, content %d)%n",
                    backupSeconds, backupRate, count / backupSeconds, first.data().size() + first.wal().size()
                            + first.contentCopied(), first.data().size(), first.wal().size(), first.contentCopied());
            System.out.printf("  second backup, no change : %7.1f s  (incremental: new WAL and content only)%n",
                    incrementalSeconds);
            System.out.printf("  baseline cp -a home      : %7.1f s  %7.1f MB/s%n", cpSeconds, homeBytes / mb / cpSeconds);
            System.out.printf("  baseline cp -a && sync   : %7.1f s  %7.1f MB/s%n", cpSyncSeconds, homeBytes / mb / cpSyncSeconds);
            System.out.printf("  restore (copy+SHA+replay): %7.1f s  %7.1f MB/s  %7.0f docs/s%n", restoreSeconds,
                    restoreRate, count / restoreSeconds);
            System.out.printf("  content check            : %7.1f s  (%,d references, %,d files, %d missing, %d wrong)%n",
                    verifySeconds, report.references(), report.files(), report.missing().size(),
                    report.mismatched().size());
            System.out.printf("  baseline cp -a backup    : %7.1f s  %7.1f MB/s%n", cpRestoreSeconds,
                    destinationBytes / mb / cpRestoreSeconds);
            System.out.printf("  baseline cp -a && sync   : %7.1f s  %7.1f MB/s%n", cpRestoreSyncSeconds,
                    destinationBytes / mb / cpRestoreSyncSeconds);
            System.out.printf("  ratio backup / cp -a     : %.2f   restore / cp -a: %.2f%n",
                    backupRate / (homeBytes / mb / cpSeconds), restoreRate / (destinationBytes / mb / cpRestoreSeconds));
            System.out.printf("  restore time objective for 1 TB at these rates: %.1f h (restore + check: %.1f h;"
                    + " cp -a: %.1f h)%n", 1024 * 1024 / restoreRate / 3600, 1024 * 1024 / restoreWithCheck / 3600,
                    1024 * 1024 / (destinationBytes / mb / cpRestoreSeconds) / 3600);
            return report.ok() ? 0 : 1;
        } finally {
            BenchSupport.deleteTree(work);
        }
    }

    private static HikariDataSource appPool(EmbeddedPostgresServer postgres) {
        String url = postgres.createDatabase("daftar");
        DatabaseMigrations.migrate(url, postgres.owner(), postgres.app().user());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(postgres.app().user());
        config.setPassword(postgres.app().password());
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }

    private static void load(Repository repository, int count, int kb, int threads) {
        NodeStore nodes = repository.nodes();
        Node folder = nodes.createFolder(new NewNode(NodeStore.ROOT_ID, "bench", "cm:folder", Set.of(), Map.of()), "bench");
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    Random random = new Random(first);
                    byte[] body = new byte[kb * 1024];
                    for (int i = first; i < count; i += threads) {
                        random.nextBytes(body);
                        Node document = nodes.createDocument(new NewNode(folder.id(), "scan-" + i + ".pdf", "cm:content",
                                Set.of(), Map.of()), new NewContent(new ByteArrayInputStream(body), "application/pdf"), "bench");
                        repository.pageTexts().replace(document.id(), "1.0", List.of(
                                new PageText(1, PageText.TextSource.OCR, "hin", 90f, "नामांतरण प्रकरण क्रमांक " + i),
                                new PageText(2, PageText.TextSource.OCR, "eng", 94f, "mutation case number " + i)));
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A loading thread failed", e.getCause());
        }
    }

    private static long sum(List<ManifestFile> files) {
        return files.stream().mapToLong(ManifestFile::size).sum();
    }

    private static long treeBytes(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            return tree.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double time(String... command) {
        try {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
            return (System.nanoTime() - started) / 1e9;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
