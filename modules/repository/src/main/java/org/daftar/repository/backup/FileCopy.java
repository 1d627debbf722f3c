package org.daftar.repository.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Copies files the safe way: to a temporary name beside the target, hashing (SHA-256) as the bytes pass, forced to
 * disk, then renamed into place; a crash leaves either no target or the whole target, never a part of one. Many
 * small files are staged first and forced together ({@link #sync}), then renamed.
 */
final class FileCopy {

    private static final int BUFFER = 256 * 1024;

    private FileCopy() {
    }

    /**
     * A copy written under a temporary name beside its target, not yet renamed into place.
     *
     * @param temporary where the bytes are
     * @param target    where they go
     * @param file      their size and SHA-256
     */
    record Staged(Path temporary, Path target, ManifestFile file) {
    }

    /**
     * Copies {@code source} to {@code target} (its directory is created), forced to disk before the rename.
     *
     * @param replace whether an existing target is replaced; otherwise an existing target fails the copy
     * @return the copied file's size and hash, or empty when the source vanished (a live database drops files)
     */
    static Optional<ManifestFile> copy(Path source, Path target, String name, boolean replace) throws IOException {
        Optional<Staged> staged = stage(source, target, name, true);
        if (staged.isEmpty()) {
            return Optional.empty();
        }
        try {
            place(staged.get(), replace);
        } finally {
            Files.deleteIfExists(staged.get().temporary());
        }
        return Optional.of(staged.get().file());
    }

    /**
     * Writes {@code source}'s bytes to a temporary name beside {@code target}, hashing them.
     *
     * @param force whether to force them to disk now (else {@link #sync} must, before {@link #place})
     * @return empty when the source vanished
     */
    static Optional<Staged> stage(Path source, Path target, String name, boolean force) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(".part-" + target.getFileName());
        boolean done = false;
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (InputStream in = Files.newInputStream(source);
                 FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                         StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    size += n;
                }
                out.flush();
                if (force) {
                    channel.force(true);
                }
            }
            done = true;
            return Optional.of(new Staged(temporary, target,
                    new ManifestFile(name, size, HexFormat.of().formatHex(digest.digest()))));
        } catch (NoSuchFileException e) {
            if (e.getFile() != null && e.getFile().equals(source.toString())) {
                return Optional.empty();
            }
            throw e;
        } finally {
            if (!done) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Forces staged copies to disk: one {@code sync -f} of their filesystem (one flush for thousands of files),
     * or, where that command is missing, each file in turn.
     */
    static void sync(Path root, List<Staged> staged) throws IOException {
        if (staged.isEmpty()) {
            return;
        }
        try {
            Process sync = new ProcessBuilder("sync", "-f", root.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (sync.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            // no sync command: force each file below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while forcing copies to disk", e);
        }
        for (Staged copy : staged) {
            try (FileChannel channel = FileChannel.open(copy.temporary(), StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    /** Renames a staged copy (already on disk) into place. */
    static void place(Staged staged, boolean replace) throws IOException {
        if (replace) {
            Files.move(staged.temporary(), staged.target(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        // a rename that refuses an existing target: link, then drop the temporary name
        try {
            Files.createLink(staged.target(), staged.temporary());
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(staged.target() + " exists already; not overwritten");
        } finally {
            Files.deleteIfExists(staged.temporary());
        }
    }

    /** The SHA-256 of a file's bytes. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Forces a directory's entries (new names) to disk. */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every filesystem lets a directory be opened; the files themselves were forced
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
