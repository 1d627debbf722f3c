package org.daftar.eoffice.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.eoffice.InvalidRequestException;

/**
 * An office's file-number scheme: literal text and the tokens {@code {head}}, {@code {serial}}, {@code {year}} and
 * {@code {section}}, e.g. {@code {head}/{serial}/{year}-{section}} gives {@code A-12011/3/2020-Ad.I}. It formats
 * numbers and parses them back (to check a typed number against the scheme). Volume and part are suffixes added by
 * {@link FileNumber}.
 */
public record FileNumberScheme(String template, List<String> tokens, Pattern pattern) {

    private static final Pattern TOKEN = Pattern.compile("\\{(head|serial|year|section)}");
    private static final Pattern ANY_BRACE = Pattern.compile("[{}]");

    /** Parses a template; {@code {serial}} is required and each token may appear once. */
    public static FileNumberScheme of(String template) {
        if (template == null || template.isBlank()) {
            throw new InvalidRequestException("A file-number scheme is required, e.g. {head}/{serial}/{year}-{section}");
        }
        List<String> tokens = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher m = TOKEN.matcher(template);
        int last = 0;
        while (m.find()) {
            String literal = template.substring(last, m.start());
            checkLiteral(template, literal);
            regex.append(Pattern.quote(literal));
            String token = m.group(1);
            if (tokens.contains(token)) {
                throw new InvalidRequestException("File-number scheme '" + template + "' repeats {" + token + "}");
            }
            tokens.add(token);
            regex.append(switch (token) {
                case "serial" -> "(?<serial>[1-9][0-9]{0,8})";
                case "year" -> "(?<year>[0-9]{4})";
                case "head" -> "(?<head>[A-Za-z0-9.-]+?)";
                default -> "(?<section>[A-Za-z0-9&.()-]+?)";
            });
            last = m.end();
        }
        String tail = template.substring(last);
        checkLiteral(template, tail);
        regex.append(Pattern.quote(tail)).append("$");
        if (!tokens.contains("serial")) {
            throw new InvalidRequestException("File-number scheme '" + template + "' has no {serial}");
        }
        return new FileNumberScheme(template, List.copyOf(tokens), Pattern.compile(regex.toString()));
    }

    /** The number for these parts (without volume or part suffix). */
    public String format(String head, long serial, int year, String sectionCode) {
        if (tokens.contains("head") && (head == null || head.isBlank())) {
            throw new InvalidRequestException("The scheme '" + template + "' needs a head, e.g. A-12011");
        }
        return template.replace("{head}", head == null ? "" : head)
                .replace("{serial}", Long.toString(serial))
                .replace("{year}", Integer.toString(year))
                .replace("{section}", sectionCode == null ? "" : sectionCode);
    }

    /** Reads a number written in this scheme back into its parts; refuses one that does not fit. */
    public FileNumber parse(String number) {
        FileNumber.Suffix suffix = FileNumber.Suffix.split(number);
        Matcher m = pattern.matcher(suffix.base());
        if (!m.matches()) {
            throw new InvalidRequestException("File number '" + number + "' does not fit the scheme '" + template + "'");
        }
        return new FileNumber(this, group(m, "head"), Long.parseLong(m.group("serial")),
                tokens.contains("year") ? Integer.parseInt(m.group("year")) : 0, group(m, "section"),
                suffix.volume(), suffix.part());
    }

    private String group(Matcher m, String token) {
        return tokens.contains(token) ? m.group(token) : null;
    }

    private static void checkLiteral(String template, String literal) {
        if (ANY_BRACE.matcher(literal).find()) {
            throw new InvalidRequestException("File-number scheme '" + template
                    + "' has an unknown token; use {head}, {serial}, {year} and {section}");
        }
    }
}
