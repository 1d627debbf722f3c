package org.daftar.repository.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stored type of real file beginnings, with and against what the uploader declared. */
class MediaTypeSnifferTest {

    /** Images written by the JDK's own encoders, so the bytes are what a scanner or camera produces. */
    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A word-processing file as office suites write it: a ZIP whose first entry is [Content_Types].xml. */
    private static byte[] docx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static Stream<Arguments> files() {
        return Stream.of(
                // description, first bytes, declared type, stored type
                Arguments.of("PDF as declared", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "application/pdf", "application/pdf"),
                Arguments.of("PDF after scanner junk", utf8("\r\n\r\n%PDF-1.4\n"), null, "application/pdf"),
                Arguments.of("PDF declared as HTML", utf8("%PDF-1.4\n"), "text/html", "application/pdf"),
                Arguments.of("PNG", image("png"), "image/png", "image/png"),
                Arguments.of("PNG declared as JPEG", image("png"), "image/jpeg", "image/png"),
                Arguments.of("JPEG", image("jpeg"), "application/octet-stream", "image/jpeg"),
                Arguments.of("GIF", image("gif"), null, "image/gif"),
                Arguments.of("TIFF (big-endian, as the JDK writes it)", image("tiff"), "image/tiff", "image/tiff"),
                Arguments.of("TIFF (little-endian, as scanners write it)", hex("49 49 2A 00 08 00 00 00"), null, "image/tiff"),
                Arguments.of("BMP", image("bmp"), null, "image/bmp"),
                Arguments.of("WebP", hex("52 49 46 46 24 00 00 00 57 45 42 50 56 50 38 20"), null, "image/webp"),
                Arguments.of("JPEG 2000", hex("00 00 00 0C 6A 50 20 20 0D 0A 87 0A 00 00 00 14 66 74 79 70"), null, "image/jp2"),
                Arguments.of("a .docx keeps its declared office type", docx(), DOCX, DOCX),
                Arguments.of("a .docx declared as HTML is a ZIP", docx(), "text/html", "application/zip"),
                Arguments.of("a ZIP declared as nothing", docx(), null, "application/zip"),
                Arguments.of("an old Word file", hex("D0 CF 11 E0 A1 B1 1A E1 00 00"), "application/msword", "application/msword"),
                Arguments.of("HTML as declared", utf8("<!DOCTYPE html><html><script>alert(1)</script>"), "text/html", "text/html"),
                Arguments.of("HTML declared as a PNG", utf8("<html><body onload=alert(1)>"), "image/png", "text/html"),
                Arguments.of("HTML declared as text", utf8("\uFEFF  <script>alert(1)</script>"), "text/plain", "text/html"),
                Arguments.of("an HTML comment first", utf8("<!-- x --><p>"), "text/plain", "text/html"),
                Arguments.of("SVG with a script", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
                        "image/png", "image/svg+xml"),
                Arguments.of("SVG after an XML declaration", utf8("<?xml version=\"1.0\"?>\n<svg xmlns=\"x\"/>"), null, "image/svg+xml"),
                Arguments.of("XHTML", utf8("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"), null,
                        "application/xhtml+xml"),
                Arguments.of("XML keeps an XML type", utf8("<?xml version=\"1.0\"?><feed/>"), "application/atom+xml",
                        "application/atom+xml"),
                Arguments.of("XML declared as text", utf8("<?xml version=\"1.0\"?><a/>"), "text/plain", "application/xml"),
                Arguments.of("Hindi text", utf8("आदेश क्रमांक 12 दिनांक 05.04.2023\n"), "text/plain", "text/plain"),
                Arguments.of("text with its charset", utf8("a,b\n1,2\n"), "text/csv; charset=UTF-8", "text/csv; charset=utf-8"),
                Arguments.of("JavaScript is recorded as text", utf8("document.cookie='x=1';\n"), "application/javascript", "text/plain"),
                Arguments.of("CSS is recorded as text", utf8("body { color: red }"), "text/css", "text/plain"),
                Arguments.of("text claimed to be a PDF", utf8("not a pdf\n"), "application/pdf", "text/plain"),
                Arguments.of("text that merely starts with BM", utf8("BMW service record, 2024\n"), null, "text/plain"),
                Arguments.of("text beginning with a tag-like word", utf8("<abbr> is not one of the HTML starts"), null, "text/plain"),
                Arguments.of("unknown bytes keep an inert declared type", hex("00 01 02 03 FE"), "application/x-daftar-test", "application/x-daftar-test"),
                Arguments.of("unknown bytes refuse a declared HTML", hex("00 01 02 03 FE"), "text/html", "application/octet-stream"),
                Arguments.of("unknown bytes refuse a declared SVG", hex("00 01 02 03 FE"), "image/svg+xml", "application/octet-stream"),
                Arguments.of("unknown bytes refuse a declared script", hex("00 01 02 03 FE"), "text/javascript", "application/octet-stream"),
                Arguments.of("unknown bytes with a malformed declared type", hex("00 01 02"), "text/plain\r\nX-Evil: 1", "application/octet-stream"),
                Arguments.of("unknown bytes with no declared type", hex("00 01 02"), null, "application/octet-stream"),
                Arguments.of("Latin-1 text declared as text stays text", hex("63 61 66 E9 0A"), "text/plain; charset=ISO-8859-1", "text/plain; charset=iso-8859-1"),
                Arguments.of("empty content", new byte[0], "text/plain", "text/plain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theStoredTypeComesFromTheBytes(String description, byte[] bytes, String declared, String stored) {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, MediaTypeSniffer.HEAD_BYTES));
        assertThat(MediaTypeSniffer.storedType(head, declared)).as(description).isEqualTo(stored);
    }

    @Test
    void aMultiByteCharacterCutByTheEndOfTheHeadIsStillText() {
        byte[] text = utf8("क".repeat(MediaTypeSniffer.HEAD_BYTES));
        byte[] head = Arrays.copyOf(text, MediaTypeSniffer.HEAD_BYTES);
        assertThat(MediaTypeSniffer.recognise(head)).hasValue("text/plain");
    }

    @Test
    void activeTypesAreTheOnesABrowserMayRunOrRender() {
        assertThat(Stream.of("text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml",
                "text/javascript", "application/x-javascript", "text/css", "application/x-shockwave-flash",
                "multipart/x-mixed-replace", "message/rfc822", "nonsense")).allMatch(MediaTypeSniffer::isActive);
        assertThat(Stream.of("application/pdf", "image/png", "text/plain; charset=utf-8", "text/csv", DOCX,
                "application/json", "application/octet-stream")).noneMatch(MediaTypeSniffer::isActive);
    }
}
