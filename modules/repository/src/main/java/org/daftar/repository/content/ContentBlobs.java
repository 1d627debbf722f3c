package org.daftar.repository.content;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps the content store and the {@code content_blob} table in step. A file enters the store inside the
 * transaction that first refers to it; if that transaction does not commit, the file is removed again unless
 * another committed transaction refers to it meanwhile. A PostgreSQL advisory lock per hash orders the two, so
 * concurrent uploads of the same bytes never delete each other's file.
 */
public final class ContentBlobs {

    private final JdbcClient jdbc;
    private final FileSystemContentStore store;
    private final TransactionTemplate cleanupTransaction;

    public ContentBlobs(JdbcClient jdbc, FileSystemContentStore store, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.store = store;
        this.cleanupTransaction = new TransactionTemplate(transactions);
        this.cleanupTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Stages bytes outside any transaction; see {@link FileSystemContentStore#stage}. */
    public StagedContent stage(java.io.InputStream in) {
        return store.stage(in);
    }

    /** Drops staged bytes that were not (or could not be) stored. Safe to call after {@link #store}. */
    public void discard(StagedContent staged) {
        store.discard(staged);
    }

    /**
     * Makes staged content part of the store within the caller's transaction. The media type recorded is the
     * bytes' own (see {@link MediaTypeSniffer}); {@code declaredType}, the sender's claim, is kept only where the
     * bytes agree with it, so every way content enters the repository is checked here alike.
     *
     * @return the stored content's description
     */
    public ContentInfo store(StagedContent staged, String declaredType) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Content must be stored inside a transaction");
        }
        // Read before the staged file moves into the store.
        String mimeType = MediaTypeSniffer.storedType(staged.tempFile(), declaredType);
        lock(staged.hash());
        jdbc.sql("INSERT INTO content_blob (hash, size) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING")
                .params(staged.hash(), staged.size())
                .update();
        if (store.promote(staged)) {
            String hash = staged.hash();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        removeIfUnreferenced(hash);
                    }
                }
            });
        }
        return new ContentInfo(staged.hash(), staged.size(), mimeType);
    }

    /** The file holding content with this hash. */
    public Path path(String hash) {
        return store.path(hash);
    }

    public long maxContentBytes() {
        return store.maxContentBytes();
    }

    private void removeIfUnreferenced(String hash) {
        cleanupTransaction.executeWithoutResult(status -> {
            lock(hash);
            boolean referenced = jdbc.sql("SELECT count(*) FROM content_blob WHERE hash = ?")
                    .param(hash).query(Long.class).single() > 0;
            if (!referenced) {
                store.delete(hash);
            }
        });
    }

    private void lock(String hash) {
        // The first 64 bits of the hash are as good a lock key as any and are evenly spread.
        long key = Long.parseUnsignedLong(hash.substring(0, 16), 16);
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(key).query().singleRow();
    }
}
