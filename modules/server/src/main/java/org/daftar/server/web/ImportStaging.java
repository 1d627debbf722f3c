package org.daftar.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Writes an uploaded record-room import into one directory, as the folder import expects it: loose scans directly
 * in it, a ZIP's folders as sub-folders (each a physical file), a CSV manifest as {@code manifest.csv}. Everything
 * is streamed to disk. A ZIP entry that would land outside the directory (zip-slip: {@code ../}, absolute paths,
 * drive letters) refuses the whole upload, and so do more entries or more bytes (counted as actually unpacked,
 * not as the archive claims) than the limits allow, which stops zip bombs; ZIPs inside the ZIP are kept as files,
 * never unpacked.
 */
final class ImportStaging {

    /** The most files (all entries of all archives, plus loose scans) and bytes (uncompressed) one upload may bring. */
    record Limits(int maxEntries, long maxBytes) {
    }

    private final Path root;
    private final Limits limits;
    private int entries;
    private long bytes;
    private int scans;
    private boolean manifest;

    ImportStaging(Path root, Limits limits) {
        this.root = root;
        this.limits = limits;
    }

    Path root() {
        return root;
    }

    /** Scans staged (loose or from archives). */
    int scans() {
        return scans;
    }

    boolean hasManifest() {
        return manifest;
    }

    /** A ZIP (by name) is unpacked; anything else is staged as one scan. */
    void add(String fileName, InputStream content) throws IOException {
        String name = leafName(fileName);
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            unzip(name, content);
        } else {
            countEntry(name);
            write(free(root.resolve(name)), content, name);
            scans++;
        }
    }

    void addManifest(String fileName, InputStream content) throws IOException {
        if (!leafName(fileName).toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new FieldProblem("manifest", "recordRoomImport.problem.manifestNotCsv",
                    "The manifest must be a .csv file, not '" + fileName + "'", fileName);
        }
        write(root.resolve("manifest.csv"), content, fileName);
        manifest = true;
    }

    private void unzip(String archive, InputStream content) throws IOException {
        // The archive's stream is the request's part: leave it open, so the rest of the request can still be read.
        try (ZipInputStream zip = new ZipInputStream(new java.io.FilterInputStream(content) {
            @Override
            public void close() {
            }
        })) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String path = entry.getName().replace('\\', '/');
                countEntry(archive + ": " + path);
                if (path.startsWith("__MACOSX/")) {
                    continue;
                }
                Path target = inside(archive, path);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                write(free(target), zip, archive + ": " + path);
                scans++;
            }
        } catch (ZipException e) {
            throw new FieldProblem("files", "recordRoomImport.problem.badZip",
                    "'" + archive + "' is not a readable ZIP archive: " + e.getMessage(), archive);
        }
    }

    /** Where a ZIP entry goes; refuses paths that climb out of the staging directory. */
    private Path inside(String archive, String path) {
        boolean absolute = path.startsWith("/") || path.matches("^[A-Za-z]:.*");
        boolean climbs = ("/" + path + "/").contains("/../");
        Path target = root.resolve(path).normalize();
        if (absolute || climbs || path.indexOf('\0') >= 0 || !target.startsWith(root) || target.equals(root)) {
            throw new FieldProblem("files", "recordRoomImport.problem.zipSlip",
                    "'" + archive + "' has an entry '" + path + "' that points outside the archive; refused",
                    archive, path);
        }
        return target;
    }

    private void countEntry(String what) {
        if (++entries > limits.maxEntries()) {
            throw new FieldProblem("files", "recordRoomImport.problem.tooManyFiles",
                    "More than " + limits.maxEntries() + " files in one upload (at " + what + "); split it",
                    limits.maxEntries());
        }
    }

    /** Copies, counting bytes against the limit as they arrive; a refused file is removed. */
    private void write(Path target, InputStream content, String what) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = content.read(buffer)) > 0; ) {
                bytes += n;
                if (bytes > limits.maxBytes()) {
                    throw new FieldProblem("files", "recordRoomImport.problem.tooLarge",
                            "The upload unpacks to more than " + limits.maxBytes() + " bytes (at " + what + "); split it",
                            limits.maxBytes() / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(target);
            }
        }
    }

    /** The name as given, without any folder a browser may have sent; refuses names the import would skip. */
    private static String leafName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.startsWith(".") || name.chars().anyMatch(Character::isISOControl)) {
            throw new FieldProblem("files", "recordRoomImport.problem.badName",
                    "'" + fileName + "' is not a usable file name (empty, hidden or with control characters)", fileName);
        }
        return name;
    }

    /** {@code name.pdf}, or {@code name (2).pdf} when two scans of the same name come in one upload. */
    private static Path free(Path wanted) {
        if (!Files.exists(wanted)) {
            return wanted;
        }
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            Path candidate = wanted.resolveSibling(stem + " (" + i + ")" + extension);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    /** Removes the staging directory (after a refusal). */
    void discard() {
        deleteTree(root);
    }

    /** Removes a directory and everything in it; nothing when it is not there. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
