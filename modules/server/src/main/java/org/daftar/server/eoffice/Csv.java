package org.daftar.server.eoffice;

import java.util.List;

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends. */
final class Csv {

    private Csv() {
    }

    static String of(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, List.copyOf(header));
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = fields.get(i) == null ? "" : fields.get(i).toString();
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        out.append("\r\n");
    }
}
