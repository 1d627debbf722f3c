package org.daftar.search.index;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.daftar.repository.node.NodeStore;

/**
 * Rebuilds the whole index from the database while search stays available: every live node is rewritten, then
 * entries not written by this run (nodes deleted meanwhile, leftovers of any earlier fault) are removed. Changes
 * made during the run still flow through the outbox, so nothing is lost.
 */
public final class Reindexer {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);
    private static final int BATCH = 250;

    private final NodeStore nodes;
    private final NodeIndexWriter writer;
    private final Clock clock;
    private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.idle());

    public Reindexer(NodeStore nodes, NodeIndexWriter writer, Clock clock) {
        this.nodes = nodes;
        this.writer = writer;
        this.clock = clock;
    }

    /** The current or last rebuild's progress. */
    public ReindexStatus status() {
        return status.get();
    }

    /**
     * Starts a rebuild in the background and returns its first status.
     *
     * @throws IllegalStateException when one is already running
     */
    public ReindexStatus start() {
        ReindexStatus started = begin();
        Thread.ofPlatform().name("search-reindex").daemon().start(() -> run(started));
        return started;
    }

    /** Runs a rebuild in the calling thread (benchmarks, tests); returns the final status. */
    public ReindexStatus runNow() {
        ReindexStatus started = begin();
        run(started);
        return status.get();
    }

    private ReindexStatus begin() {
        ReindexStatus current = status.get();
        long total = nodes.countLive();
        ReindexStatus started = new ReindexStatus(ReindexStatus.State.RUNNING, total, 0, clock.instant(), null, null);
        if (current.state() == ReindexStatus.State.RUNNING || !status.compareAndSet(current, started)) {
            throw new ReindexRunningException(current);
        }
        return started;
    }

    private void run(ReindexStatus started) {
        // Index timestamps are compared with this instant; step back a little for clock skew between server nodes.
        Instant cutoff = started.startedAt().minusSeconds(1);
        long done = 0;
        try {
            UUID after = new UUID(0, 0);
            List<UUID> ids;
            while (!(ids = nextIds(after)).isEmpty()) {
                writer.write(ids);
                done += ids.size();
                after = ids.getLast();
                status.set(new ReindexStatus(ReindexStatus.State.RUNNING, Math.max(started.total(), done), done,
                        started.startedAt(), null, null));
            }
            writer.deleteIndexedBefore(cutoff);
            status.set(new ReindexStatus(ReindexStatus.State.DONE, Math.max(started.total(), done), done,
                    started.startedAt(), clock.instant(), null));
            log.info("Reindexed {} node(s)", done);
        } catch (RuntimeException e) {
            log.error("Reindex failed after {} node(s)", done, e);
            status.set(new ReindexStatus(ReindexStatus.State.FAILED, started.total(), done, started.startedAt(),
                    clock.instant(), String.valueOf(e.getMessage())));
        }
    }

    private List<UUID> nextIds(UUID after) {
        return nodes.liveIdsAfter(after, BATCH);
    }
}
