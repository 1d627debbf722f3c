package org.daftar.search.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox into Solr in batches. A batch's rows are deleted in the same database transaction that claimed
 * them, and only after Solr accepted the update: if the process dies before, the rows are still there and the next
 * drain (here or on another server node) repeats the idempotent update. That is the crash repair.
 */
public final class OutboxIndexer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxIndexer.class);

    private final IndexOutbox outbox;
    private final NodeIndexWriter writer;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private ScheduledExecutorService poller;

    public OutboxIndexer(JdbcClient jdbc, PlatformTransactionManager transactions, NodeIndexWriter writer,
                         int batchSize) {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("Index batch size must be 1..1000, not " + batchSize);
        }
        this.outbox = new IndexOutbox(jdbc);
        this.writer = writer;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
    }

    /**
     * Indexes one batch; returns how many outbox rows it consumed (0 when nothing is due). When Solr refuses the
     * batch, its rows are postponed (and retried node by node) and the failure is rethrown.
     */
    public int drainOnce() {
        List<Long> claimed = new ArrayList<>();
        try {
            Integer consumed = transaction.execute(status -> {
                IndexOutbox.Batch batch = outbox.claim(batchSize);
                claimed.addAll(batch.sequences());
                if (batch.isEmpty()) {
                    return 0;
                }
                writer.write(batch.nodes());
                outbox.remove(batch.sequences());
                return batch.sequences().size();
            });
            return consumed == null ? 0 : consumed;
        } catch (RuntimeException e) {
            if (!claimed.isEmpty()) {
                transaction.executeWithoutResult(status -> outbox.postpone(claimed, String.valueOf(e.getMessage())));
            }
            throw e;
        }
    }

    /** Drains until the outbox is empty; returns rows consumed. */
    public long drainAll() {
        long total = 0;
        int consumed;
        while ((consumed = drainOnce()) > 0) {
            total += consumed;
        }
        return total;
    }

    /** Rows waiting to be indexed. */
    public long pending() {
        return outbox.pending();
    }

    /** Makes rows postponed after failures due at once (on start: what failed before a restart is retried first). */
    public void retryPostponedNow() {
        transaction.executeWithoutResult(status -> outbox.makePostponedDue());
    }

    /**
     * Retries postponed rows at once, then drains in the background every {@code interval}; failures are logged
     * and retried later.
     */
    public synchronized void start(Duration interval) {
        if (poller != null) {
            throw new IllegalStateException("The outbox indexer is already running");
        }
        retryPostponedNow();
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-indexer").daemon().factory());
        poller.scheduleWithFixedDelay(this::drainLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drainLogged() {
        try {
            drainAll();
        } catch (RuntimeException e) {
            log.warn("Indexing from the outbox failed; will retry: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdown();
            try {
                poller.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            poller = null;
        }
    }
}
