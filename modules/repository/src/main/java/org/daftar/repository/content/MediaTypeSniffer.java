package org.daftar.repository.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a stored file's media type from its first bytes, so that what Daftar records, and later serves, is what the
 * bytes are and not what an uploader claimed. A client that sends HTML as {@code image/png}, or a script as
 * {@code text/plain}, gets its bytes recorded as HTML; only the bytes can make content a PDF, an image or text.
 *
 * <p>Recognised: PDF, PNG, JPEG, GIF, TIFF, WebP, BMP, JPEG 2000, ZIP (and the office formats inside it), OLE2
 * (old office files), HTML, SVG and other XML, and UTF-8 text. The declared type is kept only when the bytes agree
 * with it (a {@code .docx} is a ZIP, CSV is text) or when the bytes are unrecognised and the declared type is not
 * {@linkplain #isActive active}; otherwise the bytes decide, and unknown bytes are {@code application/octet-stream}.
 */
public final class MediaTypeSniffer {

    /** How many leading bytes the sniffer reads. */
    public static final int HEAD_BYTES = 4096;

    public static final String OCTET_STREAM = "application/octet-stream";
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String TIFF = "image/tiff";
    public static final String WEBP = "image/webp";
    public static final String BMP = "image/bmp";
    public static final String JP2 = "image/jp2";
    public static final String ZIP = "application/zip";
    public static final String OLE2 = "application/x-ole-storage";
    public static final String HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";
    public static final String SVG = "image/svg+xml";
    public static final String XML = "application/xml";
    public static final String TEXT = "text/plain";

    /** {@code type/subtype} with optional parameters, in the token characters RFC 9110 allows. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+(\\s*;\\s*[a-z0-9!#$&^_.+-]+=(\"[^\"\\p{Cntrl}]*\"|[a-z0-9!#$&^_.+-]+))*");

    /** The tags that, first in a file, make browsers treat it as HTML (WHATWG MIME Sniffing, "identifying an unknown type"). */
    private static final List<String> HTML_STARTS = List.of("<!doctype html", "<html", "<head", "<script", "<iframe",
            "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--");

    private MediaTypeSniffer() {
    }

    /**
     * The media type to record for content whose first bytes are {@code head} and whose sender declared
     * {@code declared} (may be {@code null}).
     */
    public static String storedType(byte[] head, String declared) {
        String claimed = normalise(declared);
        Optional<String> sniffed = recognise(head);
        if (sniffed.isEmpty()) {
            return claimed == null || isActive(claimed) ? OCTET_STREAM : claimed;
        }
        String type = sniffed.get();
        return claimed != null && agrees(type, claimed) ? claimed : type;
    }

    /** The media type to record for the content in {@code file}; see {@link #storedType(byte[], String)}. */
    public static String storedType(Path file, String declared) {
        return storedType(head(file), declared);
    }

    /** The first {@link #HEAD_BYTES} bytes of {@code file}. */
    public static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " to tell its type", e);
        }
    }

    /** What the bytes are, or empty when they are none of the recognised kinds. */
    public static Optional<String> recognise(byte[] head) {
        if (head.length == 0) {
            return Optional.empty();
        }
        // PDF readers accept the header anywhere in the first kilobyte (scanners sometimes put junk before it).
        if (startsWith(head, "%PDF") || latin1(head, 1024).contains("%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(TIFF);
        }
        if (startsWith(head, "RIFF") && head.length >= 12 && latin1(head, 12).substring(8).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (isBmp(head)) {
            return Optional.of(BMP);
        }
        if (startsWith(head, 0x00, 0x00, 0x00, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A)
                || startsWith(head, 0xFF, 0x4F, 0xFF, 0x51)) {
            return Optional.of(JP2);
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04) || startsWith(head, 'P', 'K', 0x05, 0x06)
                || startsWith(head, 'P', 'K', 0x07, 0x08)) {
            return Optional.of(ZIP);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(OLE2);
        }
        Optional<String> text = utf8(head);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(markup(text.get()).orElse(TEXT));
    }

    /**
     * Whether a browser given content of this type might run script or style from it, render it as a page of the
     * app's origin, or load it as a script or stylesheet: HTML, XHTML, SVG, any XML, JavaScript, CSS, Flash,
     * multipart and message types. Such content is never recorded on a client's word and never served inline.
     */
    public static boolean isActive(String mediaType) {
        String type = essence(mediaType);
        int slash = type.indexOf('/');
        if (slash < 0) {
            return true;
        }
        String top = type.substring(0, slash);
        String sub = type.substring(slash + 1);
        return top.equals("multipart") || top.equals("message")
                || sub.contains("html") || sub.equals("xml") || sub.endsWith("+xml") || sub.endsWith("-xml")
                || sub.contains("xsl") || sub.contains("svg")
                || sub.contains("javascript") || sub.contains("ecmascript") || sub.contains("jscript")
                || sub.equals("css") || sub.contains("flash") || sub.contains("shockwave")
                || sub.contains("wml") || sub.equals("x-component");
    }

    /** The media type without parameters, in lower case: {@code Text/Plain; charset=x} → {@code text/plain}. */
    public static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the bytes, recognised as {@code sniffed}, may be recorded under the more specific {@code declared}. */
    private static boolean agrees(String sniffed, String declared) {
        if (isActive(declared) && !sniffed.equals(HTML) && !sniffed.equals(XHTML) && !sniffed.equals(SVG)
                && !sniffed.equals(XML)) {
            return false;
        }
        String type = essence(declared);
        String sub = type.substring(type.indexOf('/') + 1);
        return switch (sniffed) {
            case ZIP -> type.startsWith("application/") && (sub.contains("zip") || sub.startsWith("vnd.openxmlformats-")
                    || sub.startsWith("vnd.oasis.opendocument.") || sub.startsWith("vnd.ms-") || sub.equals("java-archive"));
            case OLE2 -> type.equals("application/msword") || sub.startsWith("vnd.ms-") || sub.equals("x-msi")
                    || sub.equals("vnd.visio");
            case XML -> sub.equals("xml") || sub.endsWith("+xml");
            case TEXT -> type.startsWith("text/") || sub.equals("json") || sub.endsWith("+json");
            // Images, PDF, HTML, SVG: the bytes say exactly what they are; parameters such as charset are kept.
            default -> type.equals(sniffed);
        };
    }

    /** HTML, SVG or XML when the text starts like one (after a byte-order mark and white space). */
    private static Optional<String> markup(String text) {
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!doctype svg")) {
            if (start.contains("<svg")) {
                return Optional.of(SVG);
            }
            return Optional.of(start.contains("<html") ? XHTML : XML);
        }
        for (String tag : HTML_STARTS) {
            if (start.startsWith(tag)) {
                char next = start.length() > tag.length() ? start.charAt(tag.length()) : ' ';
                if (tag.equals("<!--") || next == ' ' || next == '>' || next == '\t' || next == '\n' || next == '\r'
                        || next == '\f' || next == '/') {
                    return Optional.of(HTML);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The head as text when it is UTF-8 without control characters other than tab, line breaks, form feed and
     * escape; a character cut off by the end of a full head is allowed.
     */
    private static Optional<String> utf8(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length);
        boolean full = head.length >= HEAD_BYTES;
        CoderResult result = decoder.decode(in, out, !full);
        if (result.isError() || (full && in.remaining() > 3)) {
            return Optional.empty();
        }
        if (!full) {
            try {
                decoder.flush(out);
            } catch (IllegalStateException e) {
                return Optional.empty();
            }
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F) {
                return Optional.empty();
            }
        }
        return Optional.of(text);
    }

    private static boolean isBmp(byte[] head) {
        // "BM" alone starts plenty of text; the reserved bytes are zero and the DIB header has one of a few sizes.
        if (head.length < 18 || head[0] != 'B' || head[1] != 'M' || head[6] != 0 || head[7] != 0 || head[8] != 0
                || head[9] != 0) {
            return false;
        }
        int dibSize = (head[14] & 0xFF) | (head[15] & 0xFF) << 8 | (head[16] & 0xFF) << 16 | (head[17] & 0xFF) << 24;
        return List.of(12, 40, 52, 56, 64, 108, 124).contains(dibSize);
    }

    /** The declared type in lower case, or {@code null} when it is missing or not a well-formed media type. */
    private static String normalise(String declared) {
        if (declared == null) {
            return null;
        }
        String type = declared.strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : null;
    }

    private static String latin1(byte[] head, int length) {
        return new String(head, 0, Math.min(length, head.length), StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] data, String prefix) {
        return startsWith(data, prefix.chars().toArray());
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
