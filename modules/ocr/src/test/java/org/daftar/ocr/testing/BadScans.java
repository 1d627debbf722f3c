package org.daftar.ocr.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** The bad inputs record rooms send: made at test time, each a few hundred bytes. */
public final class BadScans {

    private BadScans() {
    }

    public static Path empty(Path dir) {
        return write(dir.resolve("empty.pdf"), new byte[0]);
    }

    /** A ZIP archive with a .pdf name. */
    public static Path zipNamedPdf(Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("scan.pdf"));
            zip.write("%PDF-1.4 not really".getBytes());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(dir.resolve("really-a-zip.pdf"), bytes.toByteArray());
    }

    /** A good scan PDF cut off half way. */
    public static Path truncatedPdf(Path dir) throws IOException {
        Path good = TestScans.imagePdf(dir.resolve("whole.pdf"), List.of(TestScans.page(List.of("Truncated"), 0, 0)));
        byte[] all = Files.readAllBytes(good);
        Files.delete(good);
        return write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(all, all.length / 2));
    }

    /** A PDF header and end marker around garbage. */
    public static Path corruptPdf(Path dir) {
        return write(dir.resolve("corrupt.pdf"), "%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n".getBytes());
    }

    /** A scan PDF that needs a password to open. */
    public static Path encryptedPdf(Path dir) throws IOException {
        Path plain = TestScans.imagePdf(dir.resolve("plain.pdf"), List.of(TestScans.page(List.of("Secret"), 0, 0)));
        Path file = dir.resolve("encrypted.pdf");
        try (var document = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** A PNG that declares 100000×100000 pixels (10 GB decoded) in a few hundred bytes. */
    public static Path decompressionBomb(Path dir) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[100_001]);
        deflater.finish();
        byte[] buffer = new byte[1024];
        int n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        chunk(png, "IDAT", java.util.Arrays.copyOf(buffer, n));
        chunk(png, "IEND", new byte[0]);
        return write(dir.resolve("bomb.png"), png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes();
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
