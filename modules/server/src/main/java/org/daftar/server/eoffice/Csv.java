package org.daftar.server.eoffice;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends. Downloads are
 * UTF-8 with a byte-order mark so spreadsheet programs show Hindi. Shared by the report API and the web pages.
 */
public final class Csv {

    private Csv() {
    }

    /** The header line and the rows as CSV text. */
    public static String of(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, List.copyOf(header));
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    /**
     * A cell of free text typed by someone (an addressee, a subject) that a spreadsheet must show, not run: text
     * starting with {@code = + - @} or a tab gets a leading apostrophe, so it is not read as a formula.
     */
    public static String text(String typed) {
        if (typed == null || typed.isEmpty()) {
            return typed;
        }
        return "=+-@\t\r".indexOf(typed.charAt(0)) >= 0 ? "'" + typed : typed;
    }

    /** {@code json} as JSON, or for {@code format=csv} the CSV as an attachment; any other format is refused. */
    public static ResponseEntity<?> answer(String format, Object json, String fileName, String csv) {
        return switch (format) {
            case "json" -> ResponseEntity.ok(json);
            case "csv" -> attachment(fileName, csv);
            default -> throw new org.daftar.eoffice.InvalidRequestException(
                    "format must be json or csv, not '" + format + "'");
        };
    }

    /** CSV text as a download named {@code fileName}: {@code text/csv}, UTF-8 with a byte-order mark. */
    public static ResponseEntity<String> attachment(String fileName, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body("\uFEFF" + csv);
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
