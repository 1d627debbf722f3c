package org.daftar.search.index;

/** A rebuild was asked for while one is running. */
public final class ReindexRunningException extends IllegalStateException {

    private final transient ReindexStatus running;

    public ReindexRunningException(ReindexStatus running) {
        super("A reindex is already running (" + running.done() + " of " + running.total() + " nodes done)");
        this.running = running;
    }

    public ReindexStatus running() {
        return running;
    }
}
