package org.daftar.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.DeskFolders.Folder;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.organisation.Office;
import org.daftar.eoffice.pendency.PendencyReports.Level;
import org.daftar.repository.Repository;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.content.FileSystemContentStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Loads {@code --files} files (default 100,000) with {@code --moves} movements each (default 10: 1,000,000 movements)
 * across 10 offices of 20 desks with set-based SQL, then measures through the e-Office services:
 * <ul>
 *   <li>send-file throughput (movements/s) on 1, {@code --threads} and twice as many threads; baseline: a bare
 *       one-row INSERT into
 *       {@code eo_movement} per transaction on 1 thread;</li>
 *   <li>inbox (first page of 50), one office's pendency by desk, and "pending with others" query p50/p99; baseline: a
 *       primary-key lookup of one item.</li>
 * </ul>
 * Options: {@code --files N}, {@code --moves N}, {@code --sends N} (default 5000), {@code --queries N} (default 2000),
 * {@code --threads N} (default 4), {@code --pause} (after loading, print how to reach the database with psql or
 * pgbench and wait for Enter before measuring, e.g. to {@code EXPLAIN} the product's queries on a loaded database).
 */
final class EofficeBench {

    private static final int OFFICES = 10;
    private static final int POSTS_PER_OFFICE = 20;

    private EofficeBench() {
    }

    static int run(String[] args) {
        int files = BenchSupport.intOption(args, "--files", 100_000);
        int moves = BenchSupport.intOption(args, "--moves", 10);
        int sends = BenchSupport.intOption(args, "--sends", 5_000);
        int queries = BenchSupport.intOption(args, "--queries", 2_000);
        int threads = BenchSupport.intOption(args, "--threads", 4);
        Path work = BenchSupport.scratchDirectory("eoffice");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), 0);
             HikariDataSource dataSource = BenchSupport.dataSource(postgres, 2 * threads + 2)) {
            DatabaseMigrations.migrate(dataSource);
            DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
            Repository repository = Repository.assemble(org.daftar.model.TypeRegistry.standard(), dataSource,
                    transactions, new FileSystemContentStore(work.resolve("content"), 1 << 20), Clock.systemUTC());
            Eoffice eoffice = Eoffice.assemble(dataSource, transactions, repository, Clock.systemUTC());
            JdbcClient jdbc = JdbcClient.create(dataSource);

            long started = System.nanoTime();
            List<ActingDesk> desks = organisation(eoffice);
            load(jdbc, desks, files, moves);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            long movements = jdbc.sql("SELECT count(*) FROM eo_movement").query(Long.class).single();
            System.out.printf("eoffice benchmark: %,d files, %,d movements, %d desks in %d offices (loaded in %.1f s)%n",
                    files, movements, desks.size(), OFFICES, loadSeconds);

            UUID anyItem = jdbc.sql("SELECT node_id FROM eo_item LIMIT 1").query(UUID.class).single();
            long anyPost = desks.getFirst().postId();
            long anyOffice = desks.getFirst().officeId();
            if (Arrays.asList(args).contains("--pause")) {
                pause(postgres);
            }
            double baselineRate = rate(sends, 1, i -> jdbc.sql("""
                    INSERT INTO eo_movement (item_id, action, from_post, office_id, username, at)
                    VALUES (?, 'Parked', ?, ?, 'bench', now())""").params(anyItem, anyPost, anyOffice).update());
            jdbc.sql("DELETE FROM eo_movement WHERE username = 'bench' AND action = 'Parked'").update();
            // The files to send and their holders are picked before the clock starts.
            List<long[]> picked = new ArrayList<>();
            List<UUID> fileIds = new ArrayList<>();
            jdbc.sql("SELECT node_id, holder_post FROM eo_item WHERE status = 'Active' ORDER BY random() LIMIT ?")
                    .param(3 * sends).query((rs, n) -> {
                        fileIds.add(rs.getObject(1, UUID.class));
                        picked.add(new long[] {rs.getLong(2)});
                        return null;
                    }).list();
            Map<Long, ActingDesk> byPost = new HashMap<>();
            desks.forEach(d -> byPost.put(d.postId(), d));
            double oneThread = rate(sends, 1, i -> send(eoffice, byPost, desks, fileIds.get(i), picked.get(i)[0]));
            double manyThreads = rate(sends, threads, i -> send(eoffice, byPost, desks, fileIds.get(sends + i),
                    picked.get(sends + i)[0]));
            // As many desks sending at once as a district office has clerks at work: the commit's fsync is shared.
            double twiceAsMany = rate(sends, 2 * threads, i -> send(eoffice, byPost, desks,
                    fileIds.get(2 * sends + i), picked.get(2 * sends + i)[0]));
            System.out.printf("  send file, 1 thread          : %8.0f movements/s%n", oneThread);
            System.out.printf("  send file, %d threads         : %8.0f movements/s%n", threads, manyThreads);
            System.out.printf("  send file, %d threads         : %8.0f movements/s%n", 2 * threads, twiceAsMany);
            System.out.printf("  baseline bare INSERT, 1 thread: %8.0f rows/s%n", baselineRate);
            System.out.printf("  ratio send (1 thread) / bare insert: %.3f%n", oneThread / baselineRate);

            Random random = new Random(42);
            List<UUID> sample = jdbc.sql("SELECT node_id FROM eo_item ORDER BY random() LIMIT 1000").query(UUID.class).list();
            long[] pk = latencies(queries, i -> jdbc.sql("SELECT * FROM eo_item WHERE node_id = ?")
                    .param(sample.get(i % sample.size())).query().listOfRows());
            long[] inbox = latencies(queries, i -> eoffice.folders().list(desks.get(random.nextInt(desks.size())).postId(),
                    Folder.inbox, null, 0, 50));
            long[] pendency = latencies(queries / 4, i -> eoffice.reports().pendency(
                    desks.get(random.nextInt(desks.size())).officeId(), Level.desk));
            long[] withOthers = latencies(queries, i -> eoffice.folders().list(
                    desks.get(random.nextInt(desks.size())).postId(), Folder.withOthers, null, 0, 50));
            print("baseline item by primary key", pk, pk);
            print("inbox, first 50", inbox, pk);
            print("office pendency by desk", pendency, pk);
            print("pending with others, first 50", withOthers, pk);
            // the counters kept by triggers through the load and every send above, against a recount of the items
            long recountStarted = System.nanoTime();
            var recount = eoffice.pendencyCounters().recount();
            System.out.printf("  pendency counters: %,d, recount found %d wrong (%.0f ms)%n", recount.counters(),
                    recount.corrected(), (System.nanoTime() - recountStarted) / 1e6);
            return 0;
        } finally {
            BenchSupport.deleteTree(work);
        }
    }

    private static void send(Eoffice eoffice, Map<Long, ActingDesk> byPost, List<ActingDesk> desks, UUID fileId,
                             long holder) {
        ActingDesk from = byPost.get(holder);
        // the next desk of the same office: a different desk, usually one the file has not visited
        int index = desks.indexOf(from);
        ActingDesk to = desks.get(index % POSTS_PER_OFFICE == POSTS_PER_OFFICE - 1 ? index - 1 : index + 1);
        eoffice.movements().send(from, fileId, ItemKind.file, to.postId(), "bench", Priority.Normal, null);
    }

    /** 10 offices with 2 sections of 10 desks each. */
    private static List<ActingDesk> organisation(Eoffice eoffice) {
        List<ActingDesk> desks = new ArrayList<>();
        for (int o = 0; o < OFFICES; o++) {
            Office office = eoffice.organisation().createOffice(null, "OFF-" + o, "Office " + o, "कार्यालय " + o,
                    "Tehsil", null, false);
            for (int s = 0; s < 2; s++) {
                long section = eoffice.organisation().createSection(office.id(), "S" + s, "Section " + s, "शाखा " + s).id();
                for (int p = 0; p < POSTS_PER_OFFICE / 2; p++) {
                    long post = eoffice.organisation().createPost(section, "Desk " + p, "डेस्क " + p, 10 + p, false).id();
                    desks.add(new ActingDesk(post, section, office.id(), 10 + p, "bench"));
                }
            }
        }
        return desks;
    }

    /**
     * Files are nodes plus items; file g belongs to office g % 10 and its k-th send goes to that office's desk
     * (7n + 13k) mod 20, where n = g / 10 is its number within the office: every desk creates and holds about as
     * many files as the others, and consecutive holders always differ; its age (0-119 days), status and due date
     * come from n / 20, independent of its desks. Set-based SQL: one statement per table.
     */
    private static void load(JdbcClient jdbc, List<ActingDesk> desks, int files, int moves) {
        long firstPost = desks.getFirst().postId();
        long firstOffice = desks.getFirst().officeId();
        jdbc.sql("""
                CREATE TEMP TABLE bench_file AS
                SELECT g, g / :offices AS n, gen_random_uuid() AS id, (g % :offices) AS o,
                       now() - (g / :offices / :per % 120) * interval '1 day' - (g * 37 % 1440) * interval '1 minute' AS created
                FROM generate_series(1, :files) g""").param("offices", OFFICES).param("per", POSTS_PER_OFFICE)
                .param("files", files).update();
        jdbc.sql("""
                INSERT INTO node (id, parent_id, name, type, is_folder, aspects, properties, created_at, created_by,
                                  modified_at, modified_by)
                SELECT f.id, o.files_folder, 'F-' || f.g, 'eo:file', true, '{eo:described,eo:officeScoped,eo:graded}',
                       jsonb_build_object('eo:fileNumber', 'B/' || f.g || '/2026', 'eo:fileForm', 'Electronic',
                           'eo:fileStatus', 'Active', 'eo:volume', 1, 'eo:subject', 'नमूना पत्रावली ' || f.g,
                           'eo:grading', 'Normal', 'eo:officeCode', o.code),
                       f.created, 'bench', f.created, 'bench'
                FROM bench_file f JOIN eo_office o ON o.id = :firstOffice + f.o""")
                .param("firstOffice", firstOffice).update();
        jdbc.sql("""
                INSERT INTO eo_item (node_id, kind, office_id, section_id, number, computer_number, subject, grading,
                                     created_by_post, created_at, holder_post, held_since, due_date, status,
                                     closed_at, first_moved_at)
                SELECT f.id, 'file', :firstOffice + f.o, c.section_id, 'B/' || f.g || '/2026', f.g,
                       'नमूना पत्रावली ' || f.g, 'Normal', c.id, f.created, h.id, f.created + :moves * interval '1 hour',
                       CASE WHEN (f.n / :per) % 5 = 0 THEN (f.created + interval '20 days')::date END,
                       CASE WHEN (f.n / :per) % 10 = 0 THEN 'Closed' WHEN (f.n / :per) % 10 = 1 THEN 'Parked' ELSE 'Active' END,
                       CASE WHEN (f.n / :per) % 10 = 0 THEN f.created + :moves * interval '1 hour' END, f.created
                FROM bench_file f
                JOIN eo_post c ON c.id = :firstPost + f.o * :per + (7 * f.n) % :per
                JOIN eo_post h ON h.id = :firstPost + f.o * :per + (7 * f.n + 13 * :moves) % :per""")
                .param("firstPost", firstPost).param("per", POSTS_PER_OFFICE).param("firstOffice", firstOffice)
                .param("moves", moves).update();
        jdbc.sql("""
                INSERT INTO eo_movement (item_id, action, from_post, to_post, office_id, username, at, read_at)
                SELECT f.id, CASE WHEN k = 0 THEN 'Created' ELSE 'Sent' END,
                       CASE WHEN k = 0 THEN :firstPost + f.o * :per + (7 * f.n) % :per
                            ELSE :firstPost + f.o * :per + (7 * f.n + 13 * (k - 1)) % :per END,
                       CASE WHEN k = 0 THEN NULL ELSE :firstPost + f.o * :per + (7 * f.n + 13 * k) % :per END,
                       :firstOffice + f.o, 'bench', f.created + k * interval '1 hour',
                       CASE WHEN k > 0 AND k < :moves THEN f.created + k * interval '1 hour' + interval '10 minutes' END
                FROM bench_file f CROSS JOIN generate_series(0, :moves) k
                ORDER BY f.g, k""")
                .param("firstPost", firstPost).param("per", POSTS_PER_OFFICE).param("firstOffice", firstOffice)
                .param("moves", moves).update();
        jdbc.sql("""
                UPDATE eo_item i SET last_sent_id = m.id, unread = (s.read_at IS NULL)
                FROM (SELECT item_id, max(id) AS id FROM eo_movement WHERE action = 'Sent' GROUP BY item_id) m
                JOIN eo_movement s ON s.id = m.id
                WHERE m.item_id = i.node_id""").update();
        jdbc.sql("""
                INSERT INTO eo_item_desk (item_id, post_id)
                SELECT DISTINCT item_id, from_post FROM eo_movement
                UNION SELECT item_id, to_post FROM eo_movement WHERE to_post IS NOT NULL""").update();
        // What autovacuum would have done by the time anyone reads reports: statistics and the visibility map.
        jdbc.sql("VACUUM ANALYZE").update();
    }

    /** Waits, with the loaded database up, until Enter (or end of input) ({@code --pause}). */
    private static void pause(EmbeddedPostgresServer postgres) {
        System.out.printf("  database loaded: PGPASSWORD=%s psql -h localhost -p %d -U %s bench%n"
                + "  press Enter to measure%n", postgres.owner().password(), postgres.port(), postgres.owner().user());
        try {
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double rate(int count, int threads, IntConsumer action) {
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        action.accept(i);
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

    private static long[] latencies(int count, IntConsumer query) {
        for (int i = 0; i < Math.min(200, count); i++) {
            query.accept(i);
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            query.accept(i);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String label, long[] sorted, long[] baseline) {
        double p50 = percentile(sorted, 0.50);
        double p99 = percentile(sorted, 0.99);
        System.out.printf("  %-30s p50 %7.2f ms  p99 %7.2f ms  (p99 ratio to baseline %.1f)%n", label, p50, p99,
                p99 / percentile(baseline, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
