package org.daftar.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.daftar.repository.database.EmbeddedPostgresServer;

/** What every benchmark needs: its options, a scratch directory, and a database on the embedded PostgreSQL. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** The whole-number value after {@code name} in {@code args}, or {@code fallback}. */
    static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                try {
                    return Integer.parseInt(args[i + 1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " needs a whole number, not '" + args[i + 1] + "'");
                }
            }
        }
        return fallback;
    }

    /** A new scratch directory, named after the benchmark. */
    static Path scratchDirectory(String benchmark) {
        try {
            return Files.createTempDirectory("daftar-bench-" + benchmark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a scratch directory; one left behind is harmless, so failures are only reported. */
    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + root + ": " + e.getMessage());
        }
    }

    /**
     * A pool over a fresh {@code bench} database on the embedded server, as the role that owns the tables (the
     * benchmarks migrate and load through it).
     */
    static HikariDataSource dataSource(EmbeddedPostgresServer postgres, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.createDatabase("bench"));
        config.setUsername(postgres.owner().user());
        config.setPassword(postgres.owner().password());
        config.setMaximumPoolSize(poolSize);
        return new HikariDataSource(config);
    }
}
