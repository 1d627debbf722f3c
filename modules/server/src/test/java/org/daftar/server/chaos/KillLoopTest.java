package org.daftar.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #14's kill loops in the suite: 10 × {@code kill -9} of the server at random moments of uploads, receipts,
 * sends and indexing; after each restart nothing lost, nothing twice, search equals the database, the audit chain
 * verifies. System properties {@code daftar.chaos.rounds}, {@code daftar.chaos.seed}, {@code daftar.chaos.min-ms},
 * {@code daftar.chaos.max-ms} and {@code daftar.chaos.uploaders} change the run ({@code scripts/bench chaos} sets
 * them); the seed is printed so a failing run can be repeated.
 */
class KillLoopTest {

    @Test
    void tenKillsDuringImportsSendsAndIndexingLoseNothingDoNothingTwiceAndKeepSearchAndAuditTrue() throws Exception {
        Path work = Files.createTempDirectory("daftar-crash-drill");
        KillLoop.Settings settings = settings(work);
        KillLoop.Result result = new KillLoop(settings, System.out).run();

        assertThat(result.rounds()).hasSize(settings.rounds());
        for (KillLoop.Round round : result.rounds()) {
            assertThat(round.problems()).as(round.line(settings.seed())).isEmpty();
            assertThat(round.acknowledged()).as("work acknowledged before the kill in round " + round.round()).isPositive();
        }
        assertThat(result.stoppedCleanly()).as("the server stops on SIGTERM").isTrue();
        assertThat(result.postgresLeftAtEnd()).as("embedded PostgreSQL processes left after the clean stop").isZero();
        // kept when a check fails (the home and server.log are the evidence), removed when all passed
        deleteTree(work);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static KillLoop.Settings settings(Path work) {
        return new KillLoop.Settings(Integer.getInteger("daftar.chaos.rounds", 10),
                Long.getLong("daftar.chaos.seed", System.currentTimeMillis()),
                Integer.getInteger("daftar.chaos.min-ms", 1_500), Integer.getInteger("daftar.chaos.max-ms", 4_500),
                Integer.getInteger("daftar.chaos.uploaders", 2), work);
    }
}
