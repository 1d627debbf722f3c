package org.daftar.search.index;

import java.time.Instant;

/**
 * Progress of a full rebuild of the index from the database.
 *
 * @param state      where the rebuild is
 * @param total      live nodes when it started
 * @param done       nodes written so far
 * @param startedAt  when it started; {@code null} if never
 * @param finishedAt when it ended; {@code null} while running or never run
 * @param error      why it failed; {@code null} otherwise
 */
public record ReindexStatus(State state, long total, long done, Instant startedAt, Instant finishedAt, String error) {

    /** The phases of a rebuild. */
    public enum State { IDLE, RUNNING, DONE, FAILED }

    static ReindexStatus idle() {
        return new ReindexStatus(State.IDLE, 0, 0, null, null, null);
    }
}
