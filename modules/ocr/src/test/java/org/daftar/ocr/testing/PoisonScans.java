package org.daftar.ocr.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * The poison corpus: files that once killed the OCR worker or the upload, written at test time by hand (raw PDF
 * syntax, so each is exactly as malicious as meant and PDFBox's writer cannot tidy it up). Each is small on disk.
 */
public final class PoisonScans {

    /** One poison file and what it is. */
    public record Poison(String what, Path file) {
    }

    private PoisonScans() {
    }

    /** Every poison of the corpus, written into {@code dir}. */
    public static List<Poison> all(Path dir) throws IOException {
        return List.of(
                new Poison("a content stream inflating to 150 MB of operators", contentStreamBomb(dir, 150L << 20)),
                new Poison("100,000 nested arrays", deeplyNestedArrays(dir, 100_000)),
                new Poison("a page tree 20,000 levels deep", deepPageTree(dir, 20_000)),
                new Poison("a page tree that refers to itself", selfReferencingPageTree(dir)),
                new Poison("a JPEG 2000 decompression bomb", jpeg2000Bomb(dir)),
                new Poison("a truncated PDF", BadScans.truncatedPdf(dir)),
                new Poison("an encrypted PDF", BadScans.encryptedPdf(dir)));
    }

    /**
     * One page whose content stream is {@code inflatedBytes} of path operators that are never painted (the path,
     * and PDFBox's copy of the stream, grow until the heap is gone), deflated to a few hundred kilobytes.
     */
    public static Path contentStreamBomb(Path dir, long inflatedBytes) {
        byte[] unit = "1 1 m 2 2 l 3 3 l 4 4 l h\n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] buffer = new byte[64 * 1024];
        for (long written = 0; written < inflatedBytes; written += unit.length) {
            deflater.setInput(unit);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        pdf.addStream("/Filter /FlateDecode", compressed.toByteArray());
        return pdf.write(dir.resolve("content-stream-bomb.pdf"));
    }

    /** A page carrying an entry nested {@code depth} arrays deep (PDFBox parses nested arrays recursively). */
    public static Path deeplyNestedArrays(Path dir, int depth) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Nested " + "[".repeat(depth) + "0"
                + "]".repeat(depth) + " >>");
        return pdf.write(dir.resolve("nested-arrays.pdf"));
    }

    /** A page tree of {@code levels} Pages nodes each holding the next, the last holding one page. */
    public static Path deepPageTree(Path dir, int levels) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int level = 0; level < levels; level++) {
            int self = 2 + level;
            String parent = level == 0 ? "" : " /Parent " + (self - 1) + " 0 R";
            pdf.add("<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1" + parent + " >>");
        }
        pdf.add("<< /Type /Page /Parent " + (levels + 1) + " 0 R /MediaBox [0 0 595 842] >>");
        return pdf.write(dir.resolve("deep-page-tree.pdf"));
    }

    /** A page tree whose root lists itself among its kids. */
    public static Path selfReferencingPageTree(Path dir) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        return pdf.write(dir.resolve("self-referencing-page-tree.pdf"));
    }

    /**
     * A page showing a JPEG 2000 image of 100000×100000 pixels (10 GB decoded, 30 GB as RGB): a codestream header
     * and one empty tile, under 200 bytes.
     */
    public static Path jpeg2000Bomb(Path dir) {
        ByteBuffer codestream = ByteBuffer.allocate(128);
        codestream.putShort((short) 0xFF4F); // SOC
        codestream.putShort((short) 0xFF51).putShort((short) 41).putShort((short) 0) // SIZ, Rsiz
                .putInt(100_000).putInt(100_000).putInt(0).putInt(0) // image size and offset
                .putInt(100_000).putInt(100_000).putInt(0).putInt(0) // one tile
                .putShort((short) 1).put((byte) 7).put((byte) 1).put((byte) 1); // 1 component, 8 bit
        codestream.putShort((short) 0xFF52).putShort((short) 12).put((byte) 0).put((byte) 0).putShort((short) 1)
                .put((byte) 0).put((byte) 5).put((byte) 4).put((byte) 4).put((byte) 0).put((byte) 0); // COD
        codestream.putShort((short) 0xFF5C).putShort((short) 4).put((byte) 0x40).put((byte) 0x48); // QCD
        codestream.putShort((short) 0xFFD9); // EOC
        byte[] j2k = java.util.Arrays.copyOf(codestream.array(), codestream.position());
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >>"
                + " /Contents 4 0 R >>");
        pdf.addStream("", "q 595 0 0 842 0 0 cm /Im0 Do Q".getBytes(StandardCharsets.US_ASCII));
        pdf.addStream("/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /BitsPerComponent 8"
                + " /ColorSpace /DeviceGray /Filter /JPXDecode", j2k);
        return pdf.write(dir.resolve("jpeg2000-bomb.pdf"));
    }

    /** {@code pages} blank A4 pages sharing one empty content stream, in a flat page tree. */
    public static Path blankPages(Path dir, int pages) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(4 + i).append(" 0 R ");
        }
        pdf.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
        pdf.addStream("", new byte[0]);
        for (int i = 0; i < pages; i++) {
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>");
        }
        return pdf.write(dir.resolve("blank-" + pages + "-pages.pdf"));
    }

    /** Objects numbered from 1 in the order added, an exact cross-reference table and a trailer. */
    private static final class RawPdf {

        private final List<byte[]> objects = new ArrayList<>();

        void add(String body) {
            objects.add(body.getBytes(StandardCharsets.ISO_8859_1));
        }

        void addStream(String dictionary, byte[] data) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("<< " + dictionary + " /Length " + data.length + " >>\nstream\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(data);
            out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
            objects.add(out.toByteArray());
        }

        Path write(Path file) {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                long offset = 0;
                long[] offsets = new long[objects.size()];
                offset += put(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
                for (int i = 0; i < objects.size(); i++) {
                    offsets[i] = offset;
                    offset += put(out, (i + 1) + " 0 obj\n");
                    out.write(objects.get(i));
                    offset += objects.get(i).length;
                    offset += put(out, "\nendobj\n");
                }
                StringBuilder xref = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
                for (long at : offsets) {
                    xref.append(String.format("%010d 00000 n \n", at));
                }
                xref.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                        .append(offset).append("\n%%EOF\n");
                put(out, xref.toString());
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int put(OutputStream out, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            out.write(bytes);
            return bytes.length;
        }
    }
}
