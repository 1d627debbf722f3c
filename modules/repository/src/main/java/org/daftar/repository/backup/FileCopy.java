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
import java.util.Optional;

/**
 * Copies files the safe way: to a temporary name beside the target, hashing (SHA-256) as the bytes pass, forced to
 * disk, then renamed into place; a crash leaves either no target or the whole target, never a part of one.
 */
final class FileCopy {

    private static final int BUFFER = 256 * 1024;

    private FileCopy() {
    }

    /**
     * Copies {@code source} to {@code target} (its directory is created).
     *
     * @param replace whether an existing target is replaced; otherwise an existing target fails the copy
     * @return the copied file's size and hash, or empty when the source vanished (a live database drops files)
     */
    static Optional<ManifestFile> copy(Path source, Path target, String name, boolean replace) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(".part-" + target.getFileName());
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
                channel.force(true);
            }
            if (replace) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // a rename that refuses an existing target: link, then drop the temporary name
                try {
                    Files.createLink(target, temporary);
                } catch (FileAlreadyExistsException e) {
                    throw new FileAlreadyExistsException(target + " exists already; not overwritten");
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return Optional.of(new ManifestFile(name, size, HexFormat.of().formatHex(digest.digest())));
        } catch (NoSuchFileException e) {
            if (e.getFile() != null && e.getFile().equals(source.toString())) {
                Files.deleteIfExists(temporary);
                return Optional.empty();
            }
            throw e;
        } finally {
            Files.deleteIfExists(temporary);
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
