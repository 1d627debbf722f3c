package org.daftar.repository.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * An embedded PostgreSQL started by another process (the server) on a data directory, found through its
 * {@code postmaster.pid}, and reached as the superuser with the logins kept beside the data directory. Used by the
 * backup tool, which runs in a JVM of its own beside the server.
 *
 * @param port      the port it listens on (loopback)
 * @param superuser its superuser's login
 */
public record RunningEmbeddedPostgres(int port, DatabaseLogin superuser) {

    /** The server running on {@code dataDirectory}, if a live postmaster is recorded there and its logins are kept. */
    public static Optional<RunningEmbeddedPostgres> find(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path credentials = directory.resolveSibling(EmbeddedPostgresServer.CREDENTIALS_FILE);
        try {
            List<String> pid = Files.readAllLines(directory.resolve("postmaster.pid"));
            if (pid.size() < 4 || !Files.exists(credentials)) {
                return Optional.empty();
            }
            boolean alive = ProcessHandle.of(Long.parseLong(pid.getFirst().strip())).map(ProcessHandle::isAlive)
                    .orElse(false);
            if (!alive) {
                return Optional.empty();
            }
            return Optional.of(new RunningEmbeddedPostgres(Integer.parseInt(pid.get(3).strip()),
                    EmbeddedCredentials.loadOrCreate(credentials).superuser()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Unpooled superuser connections to {@code database}. */
    public DataSource dataSource(String database) {
        return DatabaseMigrations.dataSource("jdbc:postgresql://localhost:" + port + "/" + database, superuser);
    }
}
