package org.daftar.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.movement.DeskFolders.Folder;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.organisation.Post;
import org.daftar.eoffice.receipt.NewReceipt;
import org.daftar.repository.Repository;
import org.daftar.repository.content.FileSystemContentStore;
import org.daftar.repository.database.EmbeddedPostgresServer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * {@code scripts/bench ui}: server render time of the desk inbox with 1,000 pending items. Starts the real server
 * (the Spring Boot jar, Spring MVC + Thymeleaf, form login with a session) as a child process over a benchmark
 * database with the demo organisation, sends 1,000 receipts to one desk through the e-Office service, waits until
 * search has indexed them (so the indexer is idle), then times {@code GET /desk} over HTTP on localhost, signed in as
 * that desk, p50/p95 — next to baselines measured in the same run: the same page for an empty folder of the same
 * desk (the fixed cost of a page: security, session, header, template) and the inbox query alone, in-process.
 */
final class UiBench {

    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final String DEMO_PASSWORD = "bench-demo-password";
    private static final String USER = "ag2.rev";
    private static final double TARGET_P95_MS = 50;
    /** The desk page's page size (DeskController.PAGE_SIZE). */
    private static final int PAGE_SIZE = 50;

    private UiBench() {
    }

    static int run(String[] args) {
        int items = BenchSupport.intOption(args, "--items", 1_000);
        int requests = BenchSupport.intOption(args, "--requests", 300);
        Path jar = jar(args);
        Path work = BenchSupport.scratchDirectory("ui");
        Process server = null;
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), 0);
             HikariDataSource dataSource = BenchSupport.dataSource(postgres, 4)) {
            int port = freePort();
            server = startServer(jar, work, dataSource.getJdbcUrl(), postgres, port);
            String base = "http://localhost:" + port;
            awaitHealthy(base, server, work.resolve("server.log"));

            DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
            Repository repository = Repository.assemble(org.daftar.model.TypeRegistry.standard(), dataSource,
                    transactions, new FileSystemContentStore(work.resolve("bench-content"), 1 << 20), Clock.systemUTC());
            Eoffice eoffice = Eoffice.assemble(dataSource, transactions, repository, Clock.systemUTC());
            JdbcClient jdbc = JdbcClient.create(dataSource);
            Post desk = eoffice.organisation().postsOf(USER).getFirst();
            ActingDesk counter = eoffice.organisation().actingDesk("dak.clerk", null);
            long started = System.nanoTime();
            for (int i = 0; i < items; i++) {
                eoffice.dak().generateAndSend(counter, receipt(i), null, null, desk.id(), "कृपया प्रस्तुत करें",
                        i % 10 == 0 ? Priority.Immediate : Priority.Normal, LocalDate.now().plusDays(i % 30 + 1));
            }
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            awaitIndexed(jdbc);
            int pending = eoffice.folders().list(desk.id(), Folder.inbox, null, 0, 10_000).size();
            System.out.printf("ui benchmark: %,d receipts sent to %s's desk in %.1f s; inbox holds %,d pending items%n",
                    items, USER, loadSeconds, pending);

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            signIn(http, base);
            String inboxPage = get(http, base + "/desk?folder=inbox");
            String emptyPage = get(http, base + "/desk?folder=parked");
            int rows = count(inboxPage, "<tr");
            System.out.printf("inbox page: %,d bytes, %,d table rows; empty folder page: %,d bytes%n",
                    inboxPage.length(), rows - 1, emptyPage.length());

            // Warm up the JIT and the template cache, then interleave the two pages so both see the same conditions.
            for (int i = 0; i < 100; i++) {
                get(http, base + "/desk?folder=inbox");
                get(http, base + "/desk?folder=parked");
            }
            long[] inbox = new long[requests];
            long[] empty = new long[requests];
            long[] query = new long[requests];
            for (int i = 0; i < requests; i++) {
                inbox[i] = timed(() -> get(http, base + "/desk?folder=inbox").length());
                empty[i] = timed(() -> get(http, base + "/desk?folder=parked").length());
                query[i] = timed(() -> eoffice.folders().page(desk.id(), Folder.inbox, null, null, 0, PAGE_SIZE).total());
            }
            print("GET /desk, inbox of " + pending + " (page 1 of " + PAGE_SIZE + ")", inbox, empty);
            print("GET /desk, empty folder (baseline)", empty, empty);
            print("inbox page query alone, in-process (baseline)", query, empty);
            double p95 = percentile(inbox, 0.95) / 1e6;
            System.out.printf("target: inbox page p95 <= %.0f ms: %s (%.1f ms)%n", TARGET_P95_MS,
                    p95 <= TARGET_P95_MS ? "met" : "MISSED", p95);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (server != null) {
                server.destroy();
                try {
                    server.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            BenchSupport.deleteTree(work);
        }
    }

    private static NewReceipt receipt(int i) {
        return new NewReceipt("ग्राम आष्टा की भूमि खसरा क्रमांक " + (100 + i) + "/2 के नामांतरण के संबंध में",
                "Land Records", "Mutation", "तहसीलदार आष्टा", "Tehsildar", "Tehsil Ashta, District Sehore", null,
                "Madhya Pradesh", "Ashta", "466116", null, null, i + "/Reader/2026", LocalDate.now().minusDays(3),
                LocalDate.now(), "Hand", "Normal", i % 50 == 0, false, true, null, null);
    }

    /** The server's Spring Boot jar: {@code --jar PATH}, else the one {@code mvn package} leaves in modules/server. */
    private static Path jar(String[] args) {
        int at = Arrays.asList(args).indexOf("--jar");
        Path jar = at >= 0 && at + 1 < args.length ? Path.of(args[at + 1]) : Path.of("modules/server/target/daftar-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No server jar at " + jar.toAbsolutePath()
                    + "; build it (mvn -pl modules/server -am package) or pass --jar PATH");
        }
        return jar;
    }

    private static Process startServer(Path jar, Path work, String jdbcUrl, EmbeddedPostgresServer postgres, int port)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port, "--daftar.home=" + work.resolve("home"), "--daftar.db.url=" + jdbcUrl,
                "--daftar.db.user=" + postgres.app().user(), "--daftar.admin-password=" + ADMIN_PASSWORD,
                "--daftar.demo-data=true", "--daftar.demo-password=" + DEMO_PASSWORD, "--daftar.ocr.workers=0",
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
        // passwords by environment, off the command line
        builder.environment().put("DAFTAR_DB_PASSWORD", postgres.app().password());
        builder.environment().put("DAFTAR_DB_OWNER_USER", postgres.owner().user());
        builder.environment().put("DAFTAR_DB_OWNER_PASSWORD", postgres.owner().password());
        return builder.start();
    }

    private static void awaitHealthy(String base, Process server, Path log) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server stopped during start; its log: " + tail(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server did not become healthy in 3 minutes; its log: " + tail(log));
    }

    /** Waits until the server's search indexer has taken in every change, so it does not compete while we measure. */
    private static void awaitIndexed(JdbcClient jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (jdbc.sql("SELECT count(*) FROM index_outbox").query(Long.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The search outbox did not drain in 5 minutes");
            }
            Thread.sleep(250);
        }
    }

    private static void signIn(HttpClient http, String base) throws IOException, InterruptedException {
        String login = get(http, base + "/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + USER + "&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in as " + USER + " failed: HTTP " + answer.statusCode() + " " + location);
        }
    }

    private static String get(HttpClient http, String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long timed(LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return System.nanoTime() - start;
    }

    private static void print(String what, long[] nanos, long[] baseline) {
        double p50 = percentile(nanos, 0.50) / 1e6;
        double p95 = percentile(nanos, 0.95) / 1e6;
        System.out.printf("  %-48s p50 %7.2f ms  p95 %7.2f ms  (p95 %.2fx the empty-folder page)%n", what, p50, p95,
                p95 / (percentile(baseline, 0.95) / 1e6));
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(log));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
