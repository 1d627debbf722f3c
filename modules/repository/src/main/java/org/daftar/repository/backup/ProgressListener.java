package org.daftar.repository.backup;

/** Told of a backup's or restore's progress: after every file, and with a line when something noteworthy happens. */
public interface ProgressListener {

    /** Nothing is shown. */
    ProgressListener SILENT = new ProgressListener() {
        @Override
        public void progress(Progress progress) {
        }

        @Override
        public void note(String line) {
        }
    };

    /** Called often (after each file); implementations throttle what they show. */
    void progress(Progress progress);

    /** A line worth showing as it is (a phase that begins, what was found). */
    void note(String line);
}
