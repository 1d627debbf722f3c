package org.daftar.repository.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.daftar.repository.ContentTooLargeException;

/**
 * Content on the filesystem, addressed by SHA-256: {@code root/ab/cd/abcd…}. Bytes are streamed to a temporary
 * file while hashing (never held in memory), forced to disk, then renamed atomically into place, so a reader sees
 * either no file or the whole file. The same bytes stored twice occupy one file.
 *
 * <p>This class knows nothing of the database; {@code ContentBlobs} decides when a promoted file is referenced
 * and when an unreferenced one may go.
 */
public final class FileSystemContentStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path tempDir;
    private final long maxContentBytes;

    /**
     * @param root            the store's directory, created if missing
     * @param maxContentBytes the largest content accepted, in bytes
     */
    public FileSystemContentStore(Path root, long maxContentBytes) {
        this.root = root.toAbsolutePath();
        this.tempDir = this.root.resolve("tmp");
        this.maxContentBytes = maxContentBytes;
        try {
            Files.createDirectories(tempDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the content store at " + root, e);
        }
    }

    public long maxContentBytes() {
        return maxContentBytes;
    }

    /**
     * Streams {@code in} into a temporary file while hashing it.
     *
     * @throws ContentTooLargeException when more than {@link #maxContentBytes()} arrive; nothing is kept
     */
    public StagedContent stage(InputStream in) {
        Path temp = null;
        try {
            temp = Files.createTempFile(tempDir, "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    size += n;
                    if (size > maxContentBytes) {
                        throw new ContentTooLargeException(maxContentBytes);
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            StagedContent staged = new StagedContent(HexFormat.of().formatHex(digest.digest()), size, temp);
            temp = null;
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write content to the store", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Moves staged content into its place in the store.
     *
     * @return true if this call created the stored file, false if the same bytes were already there
     */
    public boolean promote(StagedContent staged) {
        Path target = path(staged.hash());
        try {
            if (Files.exists(target)) {
                Files.delete(staged.tempFile());
                return false;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged.tempFile(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.delete(staged.tempFile());
                return false;
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("The content store's filesystem cannot rename atomically: " + root, e);
            }
            syncDirectory(target.getParent());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move content " + staged.hash() + " into the store", e);
        }
    }

    /** Drops staged content that will not be stored. */
    public void discard(StagedContent staged) {
        deleteQuietly(staged.tempFile());
    }

    /** Opens stored content for reading. */
    public InputStream open(String hash) {
        try {
            return Files.newInputStream(path(hash));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("Content " + hash + " is referenced but missing from the store at " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the store holds a file for this hash. */
    public boolean contains(String hash) {
        return Files.exists(path(hash));
    }

    /** Removes a stored file; callers must know it is unreferenced. */
    public void delete(String hash) {
        try {
            Files.deleteIfExists(path(hash));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete content " + hash, e);
        }
    }

    /** Where content with this hash lives (whether or not it exists). */
    public Path path(String hash) {
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("'" + hash + "' is not a SHA-256 hex digest");
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    /**
     * Deletes temporary files older than {@code age}, left by uploads cut off by a crash. Younger ones may belong
     * to uploads still running in another process sharing the store.
     *
     * @return how many were removed
     */
    public int removeAbandonedUploads(Duration age) {
        Instant cutoff = Instant.now().minus(age);
        try (Stream<Path> files = Files.list(tempDir)) {
            return (int) files.filter(p -> modifiedBefore(p, cutoff)).filter(FileSystemContentStore::deleteQuietly).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean modifiedBefore(Path path, Instant cutoff) {
        try {
            FileTime time = Files.getLastModifiedTime(path);
            return time.toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    private static void syncDirectory(Path directory) throws IOException {
        // The rename is durable only once the directory entry is on disk.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static boolean deleteQuietly(Path path) {
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
