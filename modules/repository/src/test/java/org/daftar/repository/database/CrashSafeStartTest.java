package org.daftar.repository.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Start after a crash: a postmaster left running by a killed server, a pid file naming a dead process, a
 * postmaster that cannot start, and a data directory from before passwords.
 */
class CrashSafeStartTest {

    /** A start after a crash must not wait out a timeout; generous for a loaded machine. */
    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    Path home;

    /** One initialised directory, copied for each test (initdb takes seconds). */
    @TempDir
    static Path template;

    @BeforeAll
    static void initialiseOnce() {
        EmbeddedPostgresServer.start(template.resolve("postgres"), 0).close();
    }

    /** {@code home/postgres}: a copy of an initialised, stopped data directory, with its logins. */
    private Path initialised() throws IOException {
        try (Stream<Path> files = Files.walk(template)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = home.resolve(template.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));   // PostgreSQL: 0700
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return home.resolve("postgres");
    }

    @Test
    void aPostgresLeftRunningByAKilledServerIsStoppedAndTheNextStartIsQuick() throws Exception {
        Path data = initialised();
        Process child = startChild(data);
        long postmasterPid = postmasterPid(data);
        // kill -9 of the JVM and its guard: nothing gets to stop PostgreSQL
        child.descendants().filter(p -> p.pid() != postmasterPid && !p.info().command().orElse("").endsWith("postgres"))
                .forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
        child.waitFor();
        ProcessHandle orphan = ProcessHandle.of(postmasterPid).orElseThrow();
        assertThat(ProcessState.running(orphan)).as("the postmaster outlives the killed server").isTrue();

        long started = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("start after kill -9 with a leftover postmaster: %d ms%n", took.toMillis());
            assertThat(server.leftover()).isEqualTo(new LeftoverPostmaster.Stopped(postmasterPid));
            assertThat(ProcessState.running(orphan)).isFalse();
            assertThat(took).isLessThan(QUICK);
            assertWorks(server);
        }
    }

    @Test
    void thePostgresOfAServerKilledWithKillDashNineStopsWithinSeconds() throws Exception {
        Path data = initialised();
        Process child = startChild(data);
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid(data)).orElseThrow();

        child.destroyForcibly();    // SIGKILL of the JVM only: its guard stops PostgreSQL
        assertThat(ProcessState.awaitExit(postmaster, Duration.ofSeconds(30))).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(server.leftover()).isEqualTo(new LeftoverPostmaster.None());
            assertWorks(server);
        }
    }

    @Test
    void aStalePidFileNamingADeadProcessIsRemovedAndStartIsQuick() throws Exception {
        Path data = initialised();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writePidFile(data, gone.pid());

        long started = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(server.leftover()).isEqualTo(new LeftoverPostmaster.StalePidFile(gone.pid(), "not running"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICK);
            assertWorks(server);
        }
    }

    @Test
    void aStalePidFileNamingAnotherLiveProgramIsRemoved() throws Exception {
        Path data = initialised();
        long self = ProcessHandle.current().pid();   // alive, and no postgres: PostgreSQL alone would refuse to start
        writePidFile(data, self);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(server.leftover()).isEqualTo(new LeftoverPostmaster.StalePidFile(self, "another program"));
            assertWorks(server);
        }
    }

    @Test
    void aPostgresThatCannotStartFailsWithinSecondsNamingTheCause() throws Exception {
        Path data = initialised();
        Files.writeString(data.resolve("postgresql.conf"), "\nshared_buffers = 'lots'\n", StandardOpenOption.APPEND);

        long started = System.nanoTime();
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot start embedded PostgreSQL")
                .hasMessageContaining("shared_buffers");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICK);
    }

    @Test
    void aDataDirectoryFromBeforePasswordsIsUpgradedKeepingItsData() throws Exception {
        Path data = home.resolve("postgres");
        // as the server made it before: initdb trusting every local login, tables owned by the superuser
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).start()) {
            JdbcClient.create(old.getPostgresDatabase()).sql("CREATE DATABASE daftar").update();
            DatabaseMigrations.migrate(old.getDatabase("postgres", "daftar"));
            JdbcClient.create(old.getDatabase("postgres", "daftar"))
                    .sql("INSERT INTO audit_event (actor, action, node_id) VALUES ('before', 'CREATE', gen_random_uuid())")
                    .update();
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            String url = server.createDatabase("daftar");
            DatabaseMigrations.migrate(url, server.owner(), server.app().user());
            JdbcClient app = JdbcClient.create(server.dataSource("daftar", server.app()));
            assertThat(app.sql("SELECT actor FROM audit_event").query(String.class).list()).contains("before");
            assertThat(app.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tableowner <> 'daftar_owner'").query(Long.class).single()).isZero();
            assertThatThrownBy(() -> app.sql("DELETE FROM audit_event").update()).rootCause()
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> server.dataSource("daftar", new DatabaseLogin("postgres", null)).getConnection()
                    .close()).isInstanceOf(SQLException.class);
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
        // and it starts again as usual
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertWorks(server);
        }
    }

    @Test
    void theGeneratedLoginsAreKeptReadableByTheOwnerOnly() throws Exception {
        Path data = home.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            Path credentials = home.resolve(EmbeddedPostgresServer.CREDENTIALS_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
            String text = Files.readString(credentials);
            assertThat(text).contains(server.superuser().password(), server.owner().password(),
                    server.app().password());
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
    }

    @Test
    void aMissingPasswordsFileIsNamedWithWhatToDo() throws Exception {
        Path data = initialised();
        Files.delete(home.resolve(EmbeddedPostgresServer.CREDENTIALS_FILE));

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0).close())
                .hasMessageContaining(EmbeddedPostgresServer.CREDENTIALS_FILE).hasMessageContaining("is missing");

        Files.delete(data.resolve("pg_hba.conf"));   // the documented way to generate new passwords
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertWorks(server);
        }
    }

    private static void assertWorks(EmbeddedPostgresServer server) throws SQLException {
        server.createDatabase("daftar");
        try (Connection connection = server.dataSource("daftar", server.owner()).getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    /** A JVM running {@link EmbeddedPostgresChild} on {@code data}, returned once its PostgreSQL is up. */
    private static Process startChild(Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.equals("ready")) {
                Thread.ofVirtual().start(() -> reader.lines().forEach(l -> { }));   // keep its pipe drained
                return child;
            }
            output.add(line);
        }
        throw new IllegalStateException("the child JVM ended before its PostgreSQL was up:\n" + String.join("\n", output));
    }

    private static long postmasterPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    }

    /** postmaster.pid as PostgreSQL writes it, naming {@code pid}. */
    private static void writePidFile(Path data, long pid) throws IOException {
        Files.writeString(data.resolve("postmaster.pid"), pid + "\n" + data + "\n1700000000\n54321\n/tmp\nlocalhost\n"
                + "  1234567     65536\nready   \n");
    }
}
