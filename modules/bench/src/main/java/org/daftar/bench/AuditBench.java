package org.daftar.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.daftar.repository.audit.AuditAction;
import org.daftar.repository.audit.AuditChain;
import org.daftar.repository.audit.AuditLog;
import org.daftar.repository.audit.AuditVerification;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.property.PropertyJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The price of the tamper-evident audit chain: transactions that each write one small row and one audit event
 * (what an e-Office send or a node change does), on 1, {@code --threads} and twice as many threads, with the
 * chain's commit-time trigger enabled and, as the baseline, disabled on the same database; then a full
 * verification of everything written (events/s). Options: {@code --transactions N} (default 5,000 per run),
 * {@code --threads N} (default 4).
 */
final class AuditBench {

    private AuditBench() {
    }

    static int run(String[] args) {
        int transactions = BenchSupport.intOption(args, "--transactions", 5_000);
        int threads = BenchSupport.intOption(args, "--threads", 4);
        Path work = BenchSupport.scratchDirectory("audit");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), 0);
             HikariDataSource dataSource = BenchSupport.dataSource(postgres, 2 * threads + 2)) {
            DatabaseMigrations.migrate(dataSource);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
            TransactionTemplate transaction = new TransactionTemplate(manager);
            AuditLog log = new AuditLog(jdbc, new PropertyJson());
            jdbc.sql("CREATE TABLE bench_change (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, item uuid, at timestamptz)")
                    .update();
            Runnable change = () -> transaction.executeWithoutResult(status -> {
                UUID item = UUID.randomUUID();
                jdbc.sql("INSERT INTO bench_change (item, at) VALUES (?, now())").param(item).update();
                log.append("bench", AuditAction.UPDATE, item, Map.of("to", "desk 7", "remarks", "for disposal"));
            });
            rate(transactions / 5, threads, change); // warm-up
            System.out.printf("audit chain benchmark: %,d transactions per run, each one row + one audit event%n",
                    transactions);
            for (int n : new int[] {1, threads, 2 * threads}) {
                jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_chain").update();
                double without = rate(transactions, n, change);
                jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_chain").update();
                double with = rate(transactions, n, change);
                System.out.printf("  %2d thread(s): chained %7.0f tx/s, unchained (baseline) %7.0f tx/s, ratio %.2f%n",
                        n, with, without, with / without);
            }
            // The baseline runs left events outside the chain; verify only what the chain holds plus those.
            long started = System.nanoTime();
            AuditVerification.Report report = new AuditVerification(dataSource, manager).verify(List.of());
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("  verify: %,d links, %,d events in %.2f s (%,.0f links/s); %,d unchained (the baseline runs)%n",
                    report.links(), report.events(), seconds, report.links() / seconds, report.findingsTotal());
            System.out.printf("  chain head: position %,d%n", new AuditChain(jdbc).head().position());
            return 0;
        } finally {
            BenchSupport.deleteTree(work);
        }
    }

    private static double rate(int count, int threads, Runnable action) {
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        action.run();
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
            throw new IllegalStateException("A benchmark thread failed", e.getCause());
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }
}
