package org.daftar.ocr.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.daftar.repository.content.MediaTypeSniffer;

/**
 * Tells which kind of scan a file is from its first bytes, by the repository's {@link MediaTypeSniffer}; the file
 * name is only used in messages.
 */
public final class MediaSniffer {

    /** The kind of scan in {@code file}, or a refusal naming what the bytes are instead. */
    public MediaKind detect(Path file, String name) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MediaTypeSniffer.HEAD_BYTES);
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
        // The repository's sniffer decides what the bytes are, so a scan and a stored document are told apart alike.
        String type = MediaTypeSniffer.recognise(head).orElse(MediaTypeSniffer.OCTET_STREAM);
        if (type.equals(MediaTypeSniffer.ZIP)) {
            throw new UnreadableScanException("'" + name + "' is a ZIP archive, not a scan; unpack it and import its files");
        }
        for (MediaKind kind : MediaKind.values()) {
            if (kind.mimeType().equals(type)) {
                return kind;
            }
        }
        byte[] first = java.util.Arrays.copyOf(head, Math.min(8, head.length));
        throw new UnreadableScanException("'" + name + "' is not a PDF, TIFF, JPEG or PNG (it starts with bytes "
                + HexFormat.ofDelimiter(" ").formatHex(first) + ")");
    }
}
