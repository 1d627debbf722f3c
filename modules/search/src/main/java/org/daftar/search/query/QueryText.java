package org.daftar.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks free search text and prepares it for Solr's edismax parser, which would otherwise silently "repair" bad
 * input into a different query. Refuses unbalanced quotes and parentheses and dangling operators with a message
 * saying what to fix; quotes words such as {@code A-12011/3/2020} so that slashes are not taken as regular
 * expressions and the number matches as a sequence.
 */
final class QueryText {

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");

    private QueryText() {
    }

    /** The text to send to Solr for {@code text} (already stripped, not blank). */
    static String prepare(String text) {
        List<String> tokens = tokens(text);
        check(tokens);
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(token.startsWith("\"") || OPERATORS.contains(token) ? token : quoteIfNumber(token));
        }
        return out.toString();
    }

    private static String quoteIfNumber(String token) {
        int start = 0;
        while (start < token.length() && "+-(".indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        int end = token.length();
        while (end > start && token.charAt(end - 1) == ')') {
            end--;
        }
        String word = token.substring(start, end);
        if (word.indexOf('/') >= 0 || word.indexOf('\\') >= 0 || word.indexOf(':') >= 0) {
            String escaped = word.replace("\\", "\\\\").replace("\"", "");
            return token.substring(0, start) + '"' + escaped + '"' + token.substring(end);
        }
        return token;
    }

    /** Splits on white space, keeping quoted phrases (with their quotes) as one token. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new InvalidQueryException("The search text has an opening \" without a closing one: " + text);
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static void check(List<String> tokens) {
        int depth = 0;
        for (String token : tokens) {
            if (token.startsWith("\"")) {
                continue;
            }
            for (char c : token.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0) {
                    throw new InvalidQueryException("The search text closes a parenthesis ')' that was never opened");
                }
            }
        }
        if (depth > 0) {
            throw new InvalidQueryException("The search text opens " + depth + " parenthes" + (depth == 1 ? "is" : "es")
                    + " '(' without closing " + (depth == 1 ? "it" : "them"));
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!OPERATORS.contains(token)) {
                continue;
            }
            boolean binary = !token.equals("NOT");
            if (i == tokens.size() - 1 || OPERATORS.contains(tokens.get(i + 1)) && !tokens.get(i + 1).equals("NOT")) {
                throw new InvalidQueryException("'" + token + "' needs a word or phrase after it");
            }
            if (binary && (i == 0 || OPERATORS.contains(tokens.get(i - 1)))) {
                throw new InvalidQueryException("'" + token + "' needs a word or phrase before it");
            }
        }
    }
}
