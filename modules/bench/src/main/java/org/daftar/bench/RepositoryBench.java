package org.daftar.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.daftar.repository.Repository;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;

/**
 * Creates N small receipts with properties through {@link NodeStore} (each its own transaction: content
 * staged, fsynced and renamed, node, version and audit rows committed), and, as the baseline in the same run,
 * copies N files of the same sizes with {@code cp -r}. Prints both rates and their ratio.
 *
 * <p>The service runs once on one thread and once on {@code --threads} threads (each document is independent, as in a
 * bulk import), so the figures show both the per-request cost and what concurrency buys.
 *
 * <p>Options: {@code --count N} (default 10000), {@code --warmup N} (default 1000), {@code --threads N} (default 4).
 */
final class RepositoryBench {

    private RepositoryBench() {
    }

    static int run(String[] args) {
        int count = BenchSupport.intOption(args, "--count", 10_000);
        int warmup = BenchSupport.intOption(args, "--warmup", 1_000);
        int threads = BenchSupport.intOption(args, "--threads", 4);
        Path work = BenchSupport.scratchDirectory("repository");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), 0);
             HikariDataSource dataSource = BenchSupport.dataSource(postgres, 10)) {
            DatabaseMigrations.migrate(dataSource);
            Repository repository = Repository.assemble(dataSource, work.resolve("content"), 1L << 30);
            NodeStore nodes = repository.nodes();

            createDocuments(nodes, "warmup", warmup, 1);
            long started = System.nanoTime();
            createDocuments(nodes, "measured", count, 1);
            double serviceSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            createDocuments(nodes, "concurrent", count, threads);
            double concurrentSeconds = (System.nanoTime() - started) / 1e9;

            Path source = work.resolve("cp-source");
            writePlainFiles(source, count);
            double cpSeconds = timeCommand("cp", "-r", source.toString(), work.resolve("cp-target").toString());
            double cpSyncSeconds = timeCommand("sh", "-c", "cp -r '" + source + "' '" + work.resolve("cp-target-sync") + "' && sync");

            double serviceRate = count / serviceSeconds;
            double concurrentRate = count / concurrentSeconds;
            double cpRate = count / cpSeconds;
            double cpSyncRate = count / cpSyncSeconds;
            System.out.printf("repository benchmark: %d small documents with properties (after %d warm-up)%n", count, warmup);
            System.out.printf("  NodeStore, 1 thread      : %8.2f s  %9.0f docs/s%n", serviceSeconds, serviceRate);
            System.out.printf("  NodeStore, %d threads     : %8.2f s  %9.0f docs/s%n", threads, concurrentSeconds, concurrentRate);
            System.out.printf("  baseline cp -r             : %8.2f s  %9.0f files/s%n", cpSeconds, cpRate);
            System.out.printf("  baseline cp -r && sync     : %8.2f s  %9.0f files/s%n", cpSyncSeconds, cpSyncRate);
            System.out.printf("  ratio NodeStore / cp -r          : %.4f%n", serviceRate / cpRate);
            System.out.printf("  ratio NodeStore / (cp -r && sync): %.4f%n", serviceRate / cpSyncRate);
            System.out.printf("  ratio NodeStore %d threads / cp -r: %.4f%n", threads, concurrentRate / cpRate);
            return 0;
        } finally {
            BenchSupport.deleteTree(work);
        }
    }

    private static void createDocuments(NodeStore nodes, String label, int count, int threads) {
        Node folder = nodes.createFolder(new NewNode(NodeStore.ROOT_ID, label, "cm:folder", Set.of(), Map.of()), "bench");
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        createDocument(nodes, folder, label, i);
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
    }

    private static void createDocument(NodeStore nodes, Node folder, String label, int i) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("eo:diaryNumber", (i + 1) + "/2024/COLL-SEH");
        properties.put("eo:senderName", "तहसीलदार आष्टा");
        properties.put("eo:subject", "नामांतरण प्रकरण क्रमांक " + i);
        properties.put("eo:receivedDate", "2024-02-01");
        properties.put("eo:grading", i % 10 == 0 ? "Confidential" : "Normal");
        nodes.createDocument(new NewNode(folder.id(), "receipt-" + i + ".txt", "eo:receipt", Set.of(), properties),
                new NewContent(new ByteArrayInputStream(body(label, i)), "text/plain"), "bench");
    }

    private static byte[] body(String label, int i) {
        return (label + " receipt " + i + ": ग्राम बिलकिसगंज की भूमि खसरा क्रमांक " + i + " का नामांतरण. ")
                .repeat(8).getBytes(StandardCharsets.UTF_8);
    }

    private static void writePlainFiles(Path directory, int count) {
        try {
            Files.createDirectories(directory);
            for (int i = 0; i < count; i++) {
                Files.write(directory.resolve("receipt-" + i + ".txt"), body("measured", i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double timeCommand(String... command) {
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
