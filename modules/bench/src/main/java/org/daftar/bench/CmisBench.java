package org.daftar.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler;
import org.daftar.cmis.service.DaftarCmisServiceFactory;
import org.daftar.cmis.service.UploadBuffering;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.Repository;
import org.daftar.repository.access.GradingReadAccess;
import org.daftar.repository.access.OwnerWriteAccess;
import org.daftar.repository.database.DatabaseMigrations;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CMIS Browser-binding latency with 10,000 receipts in one folder: getObject, getChildren (a page of 100 at a random
 * offset) and a property query, each over real HTTP against an embedded Tomcat serving the same servlet and service
 * factory as the server. As the baseline in the same run, the same reads straight through {@link NodeStore} / SQL
 * in-process; the ratio shows what CMIS (HTTP, JSON, access checks, object building) adds.
 *
 * <p>Options: {@code --count N} (default 10000), {@code --requests N} per operation (default 1000).
 */
final class CmisBench {

    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password";

    private CmisBench() {
    }

    static int run(String[] args) {
        int count = BenchSupport.intOption(args, "--count", 10_000);
        int requests = BenchSupport.intOption(args, "--requests", 1_000);
        Path work = BenchSupport.scratchDirectory("cmis");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), 0);
             HikariDataSource dataSource = BenchSupport.dataSource(postgres, 10)) {
            DatabaseMigrations.migrate(dataSource);
            Repository repository = Repository.assemble(dataSource, work.resolve("content"), 1L << 30);
            NodeStore nodes = repository.nodes();
            Node folder = nodes.createFolder(new NewNode(NodeStore.ROOT_ID, "dak", "cm:folder", Set.of(), Map.of()), USER);
            List<UUID> ids = createReceipts(nodes, folder, count);

            DaftarCmisServiceFactory factory = new DaftarCmisServiceFactory(TypeRegistry.standard(),
                    repository.guardedBy(new GradingReadAccess(), new OwnerWriteAccess(repository.users())),
                    repository.audit(), dataSource,
                    (user, password) -> USER.equals(user) && PASSWORD.equals(password), Optional.empty(),
                    new UploadBuffering(work.resolve("tmp"), 4 << 20, 1L << 30));
            Tomcat tomcat = startTomcat(work, factory);
            try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                String base = "http://localhost:" + tomcat.getConnector().getLocalPort() + "/cmis/browser/daftar";
                Random random = new Random(42);
                Cmis cmis = new Cmis(http, base);
                // warm up every path once per 10 requests
                measure(requests / 10, i -> cmis.get("/root?cmisselector=object&objectId=" + ids.get(random.nextInt(count))));
                measure(requests / 10, i -> cmis.get("/root?cmisselector=children&maxItems=100&skipCount="
                        + random.nextInt(count - 100) + "&objectId=" + folder.id()));

                long[] getObject = measure(requests, i ->
                        cmis.get("/root?cmisselector=object&objectId=" + ids.get(random.nextInt(count))));
                long[] getObjectBase = measure(requests, i -> nodes.get(ids.get(random.nextInt(count))));
                long[] children = measure(requests, i -> cmis.get("/root?cmisselector=children&maxItems=100&skipCount="
                        + random.nextInt(count - 100) + "&objectId=" + folder.id()));
                long[] childrenBase = measure(requests, i -> nodes.children(folder.id(), random.nextInt(count - 100), 100));
                long[] query = measure(requests, i -> cmis.get("?cmisselector=query&maxItems=10&q=" + encode(
                        "SELECT cmis:objectId, eo:diaryNumber FROM eo:receipt WHERE eo:diaryNumber = '"
                                + (random.nextInt(count) + 1) + "/2024/COLL-SEH'")));
                JdbcClient jdbc = JdbcClient.create(dataSource);
                long[] queryBase = measure(requests, i -> jdbc.sql(
                        "SELECT * FROM node WHERE deleted_at IS NULL AND properties->>'eo:diaryNumber' = ?")
                        .param((random.nextInt(count) + 1) + "/2024/COLL-SEH").query().listOfRows());

                System.out.printf("cmis benchmark: Browser binding over HTTP, %d receipts in one folder, %d requests each%n",
                        count, requests);
                System.out.println("                                   p50 ms    p99 ms   baseline p50   p99   ratio p50");
                print("getObject (random id)", getObject, getObjectBase);
                print("getChildren (100, random offset)", children, childrenBase);
                print("query eo:diaryNumber = '…'", query, queryBase);
                System.out.println("baseline: the same read in-process (NodeStore.get / NodeStore.children / SQL)");
            } finally {
                tomcat.stop();
                tomcat.destroy();
            }
            return 0;
        } catch (Exception e) {
            throw new IllegalStateException("cmis benchmark failed: " + e.getMessage(), e);
        } finally {
            BenchSupport.deleteTree(work);
        }
    }

    /** A small Browser-binding client: GET with Basic auth, failing on any non-200 answer. */
    private record Cmis(HttpClient http, String base) {
        void get(String path) {
            String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + auth)
                    .GET().build();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Tomcat startTomcat(Path work, DaftarCmisServiceFactory factory) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(work.resolve("tomcat").toString());
        tomcat.setPort(0);
        Context context = tomcat.addContext("", work.toString());
        context.getServletContext().setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, factory);
        Wrapper servlet = Tomcat.addServlet(context, "cmisBrowser", new CmisBrowserBindingServlet());
        servlet.addInitParameter("callContextHandler", BasicAuthCallContextHandler.class.getName());
        servlet.addInitParameter("cmisVersion", "1.1");
        context.addServletMappingDecoded("/cmis/browser/*", "cmisBrowser");
        tomcat.getConnector();
        tomcat.start();
        context.getServletContext().setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, factory);
        return tomcat;
    }

    private static List<UUID> createReceipts(NodeStore nodes, Node folder, int count) throws Exception {
        UUID[] ids = new UUID[count];
        int threads = 4;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        ids[i] = createReceipt(nodes, folder, i);
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        }
        return Arrays.asList(ids);
    }

    private static UUID createReceipt(NodeStore nodes, Node folder, int i) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("eo:diaryNumber", (i + 1) + "/2024/COLL-SEH");
        properties.put("eo:senderName", "तहसीलदार आष्टा");
        properties.put("eo:subject", "नामांतरण प्रकरण क्रमांक " + i);
        properties.put("eo:receivedDate", "2024-02-01");
        properties.put("eo:grading", "Normal");
        byte[] body = ("receipt " + i + ": ग्राम बिलकिसगंज की भूमि खसरा क्रमांक " + i).getBytes(StandardCharsets.UTF_8);
        return nodes.createDocument(new NewNode(folder.id(), "receipt-" + i + ".txt", "eo:receipt", Set.of(), properties),
                new NewContent(new ByteArrayInputStream(body), "text/plain"), USER).id();
    }

    private static long[] measure(int requests, IntConsumer operation) {
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            operation.accept(i);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String label, long[] cmis, long[] baseline) {
        System.out.printf("  %-32s %8.2f  %8.2f   %8.3f  %8.3f   %7.1f%n", label, ms(percentile(cmis, 50)),
                ms(percentile(cmis, 99)), ms(percentile(baseline, 50)), ms(percentile(baseline, 99)),
                (double) percentile(cmis, 50) / percentile(baseline, 50));
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
