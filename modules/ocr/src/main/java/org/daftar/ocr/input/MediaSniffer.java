package org.daftar.ocr.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Tells what a file is from its first bytes; the file name is only used in messages. */
public final class MediaSniffer {

    private static final int HEAD = 1024;

    /** The kind of scan in {@code file}, or a refusal naming what the bytes are instead. */
    public MediaKind detect(Path file, String name) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return detect(head, name);
    }

    /** The kind of scan that starts with {@code head}. */
    public MediaKind detect(byte[] head, String name) {
        if (head.length == 0) {
            throw new UnreadableScanException("'" + name + "' is empty (0 bytes); scan it again");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            throw new UnreadableScanException("'" + name + "' is a ZIP archive, not a scan; unpack it and import its files");
        }
        // PDF readers accept the header anywhere in the first kilobyte.
        if (new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            return MediaKind.PDF;
        }
        if (startsWith(head, 0x49, 0x49, 0x2A, 0x00) || startsWith(head, 0x4D, 0x4D, 0x00, 0x2A)) {
            return MediaKind.TIFF;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return MediaKind.JPEG;
        }
        if (startsWith(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return MediaKind.PNG;
        }
        byte[] first = java.util.Arrays.copyOf(head, Math.min(8, head.length));
        throw new UnreadableScanException("'" + name + "' is not a PDF, TIFF, JPEG or PNG (it starts with bytes "
                + HexFormat.ofDelimiter(" ").formatHex(first) + ")");
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
