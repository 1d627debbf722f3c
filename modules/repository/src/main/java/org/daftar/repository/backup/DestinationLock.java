package org.daftar.repository.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/** One backup at a time into a destination: an OS lock on {@code DEST/.backup.lock}, released when the run ends. */
final class DestinationLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DestinationLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DestinationLock take(BackupDestination destination) throws IOException {
        Files.createDirectories(destination.root());
        FileChannel channel = FileChannel.open(destination.root().resolve(".backup.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another backup into " + destination.root() + " is running; wait for it");
        }
        return new DestinationLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
