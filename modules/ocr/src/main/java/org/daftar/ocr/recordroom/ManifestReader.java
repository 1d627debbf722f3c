package org.daftar.ocr.recordroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A CSV manifest (UTF-8, header row, RFC 4180 quoting): {@code legacy_number, subject, year, section, retention,
 * room, rack, shelf, box, path}; {@code legacy_number} and {@code path} are required, {@code path} is a scan file
 * or a folder of scans relative to the manifest. Rows naming the same legacy number add scans to one record.
 */
final class ManifestReader {

    static final List<String> REQUIRED = List.of("legacy_number", "path");

    List<RecordEntry> read(Path manifest) {
        List<List<String>> rows;
        try {
            rows = parse(Files.readString(manifest, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportRefusedException("Manifest " + manifest + " is not UTF-8 text; save it as CSV UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new ImportRefusedException("Manifest " + manifest + " is empty; it needs a header row and one row per scan");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.getFirst();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace("\uFEFF", ""), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new ImportRefusedException("Manifest " + manifest + " has no '" + required + "' column (header: "
                        + String.join(",", header) + ")");
            }
        }
        List<RecordEntry> entries = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            entries.add(entry(manifest, r + 1, row, columns));
        }
        return entries;
    }

    private RecordEntry entry(Path manifest, int line, List<String> row, Map<String, Integer> columns) {
        String legacy = value(row, columns, "legacy_number");
        String path = value(row, columns, "path");
        String problem = null;
        Integer year = null;
        String yearText = value(row, columns, "year");
        if (legacy == null) {
            problem = "line " + line + ": legacy_number is empty";
        } else if (yearText != null) {
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                problem = "line " + line + ": year '" + yearText + "' is not a number";
            }
        }
        List<Path> scans = new ArrayList<>();
        Path target = path == null ? null : manifest.getParent().resolve(path).normalize();
        if (problem == null && (target == null || !Files.exists(target))) {
            problem = "line " + line + ": path '" + path + "' does not exist next to the manifest";
        } else if (problem == null && Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted().forEach(scans::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (problem == null) {
            scans.add(target);
        }
        String subject = value(row, columns, "subject");
        return new RecordEntry(legacy == null ? "line " + line : legacy, subject == null ? legacy : subject, year,
                value(row, columns, "section"), value(row, columns, "retention"), value(row, columns, "room"),
                value(row, columns, "rack"), value(row, columns, "shelf"), value(row, columns, "box"), scans,
                problem == null ? null : "manifest " + problem);
    }

    private static String value(List<String> row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** RFC 4180: fields in double quotes may hold commas, newlines and doubled quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
