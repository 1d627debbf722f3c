package org.daftar.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.daftar.ocr.recordroom.RecordRoomImport;
import org.daftar.server.web.StagedUploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Staged record-room uploads go once their run has finished long enough ago, or when abandoned; never while running. */
class StagedUploadsTest extends ApiTestBase {

    @Autowired
    RecordRoomImport imports;

    @TempDir
    Path uploads;

    @Test
    void finishedAndAbandonedUploadsAreRemovedRunningAndRecentOnesStay() throws IOException {
        Instant now = Instant.now();
        Path doneLongAgo = staged("done-long-ago");
        Path failedLongAgo = staged("failed-long-ago");
        Path running = staged("running");
        Path doneRecently = staged("done-recently");
        Path abandoned = staged("abandoned");
        Path arriving = staged("arriving");
        List<Long> runs = List.of(
                run(doneLongAgo, "done", null, now.minus(Duration.ofDays(3))),
                run(failedLongAgo, "failed", "disk full", now.minus(Duration.ofDays(2))),
                run(running, "running", null, null),
                run(doneRecently, "done", null, now.minus(Duration.ofHours(2))));
        try {
            age(abandoned, Duration.ofDays(2));
            age(running, Duration.ofDays(5));

            List<Path> removed = new StagedUploads(uploads, imports, Duration.ofDays(1), Clock.systemUTC())
                    .removeFinished();

            assertThat(removed).containsExactlyInAnyOrder(doneLongAgo.getParent(), failedLongAgo.getParent(),
                    abandoned.getParent());
            assertThat(Files.exists(doneLongAgo.getParent())).isFalse();
            assertThat(Files.exists(abandoned.getParent())).isFalse();
            for (Path kept : List.of(running, doneRecently, arriving)) {
                assertThat(kept.resolve("scan-1.pdf")).as(kept.toString()).exists();
            }
        } finally {
            runs.forEach(id -> jdbc.sql("DELETE FROM import_run WHERE id = ?").param(id).update());
        }
    }

    /** uploads/<name>/batch with two scans in it, as the upload page stages them. */
    private Path staged(String name) throws IOException {
        Path batch = Files.createDirectories(uploads.resolve(name).resolve("batch"));
        Files.writeString(batch.resolve("scan-1.pdf"), "%PDF-1.4 not really");
        Files.createDirectories(batch.resolve("F-12"));
        Files.writeString(batch.resolve("F-12").resolve("scan-2.pdf"), "%PDF-1.4 not really");
        return batch;
    }

    private long run(Path batch, String state, String error, Instant finished) {
        return jdbc.sql("""
                        INSERT INTO import_run (path, languages, mode, state, error, created_by, finished_at)
                        VALUES (?, 'hin+eng', 'skip', ?, ?, 'admin', ?) RETURNING id""")
                .params(batch.toString(), state, error, finished == null ? null : Timestamp.from(finished))
                .query(Long.class).single();
    }

    private static void age(Path batch, Duration by) throws IOException {
        FileTime then = FileTime.from(Instant.now().minus(by));
        try (Stream<Path> all = Files.walk(batch.getParent())) {
            for (Path p : all.toList()) {
                Files.setLastModifiedTime(p, then);
            }
        }
    }
}
