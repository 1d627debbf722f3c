package org.daftar.server.chaos;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Daftar server as a child JVM on the caller's classpath, over one {@code daftar.home} kept across starts. It
 * can be killed with SIGKILL (the JVM only: the embedded PostgreSQL it started is left for the next start to find)
 * or stopped as an operator would (SIGTERM).
 */
final class ServerProcess {

    static final String ADMIN_PASSWORD = "drill-admin-password";
    static final String DEMO_PASSWORD = "drill-demo-password";
    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final Path home;
    private final Path log;
    private Process process;
    private int port;

    ServerProcess(Path home, Path log) {
        this.home = home;
        this.log = log;
    }

    /** Starts the server and waits until {@code /actuator/health} answers UP; returns the milliseconds that took. */
    long start() throws IOException, InterruptedException {
        port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.daftar.server.DaftarApplication",
                "--daftar.home=" + home, "--server.port=" + port,
                "--daftar.admin-password=" + ADMIN_PASSWORD,
                "--daftar.demo-data=true", "--daftar.demo-password=" + DEMO_PASSWORD,
                "--logging.level.root=WARN", "--logging.level.org.daftar=INFO"));
        long started = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitHealthy();
        return (System.nanoTime() - started) / 1_000_000;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9} of the server JVM, and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A clean stop (SIGTERM, as systemd would); true when it ended within a minute. */
    boolean stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return true;
        }
        process.destroy();
        if (process.waitFor(1, TimeUnit.MINUTES)) {
            return true;
        }
        process.destroyForcibly();
        process.waitFor();
        return false;
    }

    /** The processes still using this home's embedded database (postmaster and backends), by their command line. */
    List<ProcessHandle> postgresProcesses() {
        String dataDirectory = home.resolve("postgres").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(dataDirectory)).orElse(false))
                .toList();
    }

    private void awaitHealthy() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during start (exit " + process.exitValue()
                        + "); the end of " + log + ":\n" + tail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in the start
            }
            // Polling a condition another process decides: there is nothing to wait on but the next try.
            Thread.sleep(100);
        }
        throw new IllegalStateException("The server was not UP within " + START_LIMIT + "; the end of " + log + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
