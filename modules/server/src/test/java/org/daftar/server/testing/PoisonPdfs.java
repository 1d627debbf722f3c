package org.daftar.server.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Malicious PDF structures for the upload tests, written by hand (the OCR module's {@code PoisonScans} has the full
 * corpus): objects nested deeply, page trees nested deeply or referring to themselves.
 */
public final class PoisonPdfs {

    private PoisonPdfs() {
    }

    /** One page carrying an entry nested {@code depth} arrays deep. */
    public static byte[] nestedArrays(int depth) {
        return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Nested " + "[".repeat(depth) + "]".repeat(depth)
                        + " >>"));
    }

    /** A chain of {@code levels} page-tree nodes above one page. */
    public static byte[] deepPageTree(int levels) {
        List<String> objects = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R >>"));
        for (int level = 0; level < levels; level++) {
            objects.add("<< /Type /Pages /Kids [" + (level + 3) + " 0 R] /Count 1 >>");
        }
        objects.add("<< /Type /Page /MediaBox [0 0 595 842] >>");
        return pdf(objects);
    }

    /** A page tree whose root lists itself among its kids. */
    public static byte[] selfReferencingPageTree() {
        return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
    }

    private static byte[] pdf(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(at -> table.append(String.format("%010d 00000 n \n", at)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
