package org.daftar.repository.backup;

/** Counts bytes and files against totals and tells a listener; one per backup or restore run. */
final class Meter {

    private final ProgressListener listener;
    private String phase = "";
    private long bytesDone;
    private long bytesTotal;
    private long filesDone;
    private long filesTotal;

    Meter(ProgressListener listener) {
        this.listener = listener;
    }

    synchronized void phase(String name) {
        phase = name;
        listener.note(name);
        report();
    }

    synchronized void expect(long bytes, long files) {
        bytesTotal += bytes;
        filesTotal += files;
    }

    synchronized void done(long bytes) {
        bytesDone += bytes;
        filesDone++;
        report();
    }

    /** A file that was expected and turned out not to need copying. */
    synchronized void skipped(long bytes) {
        bytesTotal -= bytes;
        filesTotal--;
        report();
    }

    /** The run is over: what was done is what there was (estimates made before files came and went are dropped). */
    synchronized void finish() {
        bytesTotal = bytesDone;
        filesTotal = filesDone;
        report();
    }

    synchronized long bytesDone() {
        return bytesDone;
    }

    synchronized long filesDone() {
        return filesDone;
    }

    void note(String line) {
        listener.note(line);
    }

    private void report() {
        listener.progress(new Progress(phase, bytesDone, Math.max(bytesTotal, bytesDone), filesDone,
                Math.max(filesTotal, filesDone)));
    }
}
