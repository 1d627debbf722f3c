package org.daftar.server.backup;

import java.io.PrintStream;
import org.daftar.repository.backup.Progress;
import org.daftar.repository.backup.ProgressListener;

/**
 * Shows progress on the console: a bar redrawn in place on a terminal, otherwise a line every few seconds (logs).
 */
final class ConsoleProgress implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastShown;
    private boolean lineOpen;
    private Progress last;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(Progress progress) {
        long now = System.nanoTime();
        long every = terminal ? 200_000_000L : 5_000_000_000L;
        last = progress;
        if (now - lastShown < every) {
            return;
        }
        lastShown = now;
        last = null;
        int filled = progress.percent() * WIDTH / 100;
        double seconds = Math.max(0.001, (now - started) / 1e9);
        String line = String.format("[%s%s] %3d%%  %s / %s  %,d / %,d files  %.1f MB/s  %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), progress.percent(), size(progress.bytesDone()),
                size(progress.bytesTotal()), progress.filesDone(), progress.filesTotal(),
                progress.bytesDone() / 1e6 / seconds, progress.phase().split(":")[0]);
        if (terminal) {
            out.print("\r" + line + "\033[K");
            lineOpen = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public synchronized void note(String line) {
        if (last != null) {
            lastShown = 0;
            progress(last);   // the previous phase's last figures
        }
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
        out.println(line);
        out.flush();
    }

    synchronized void end() {
        if (last != null) {
            lastShown = 0;
            progress(last);
        }
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format("%.2f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format("%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format("%.0f KB", bytes / 1024.0);
    }
}
