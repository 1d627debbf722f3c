package org.daftar.cmis.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;

/**
 * The text of a CMIS {@code CONTAINS('…')}, parsed by the CMIS 1.1 full-text grammar (2.1.14.2.4.4): terms separated
 * by spaces must all match, {@code OR} between groups of terms means either group, a term is a word or a
 * {@code "phrase"}, and a leading {@code -} negates it. A backslash escapes {@code \ ' " -}. Kept free of any search
 * engine's syntax, so the matcher translates it without re-parsing.
 *
 * @param alternatives the groups joined by {@code OR}; at least one
 */
public record FullTextExpression(List<Conjunct> alternatives) {

    /** Longest text accepted, as for the search API. */
    static final int MAX_LENGTH = 1000;

    public FullTextExpression {
        alternatives = List.copyOf(alternatives);
    }

    /** Terms that must all hold; at least one of them positive. */
    public record Conjunct(List<Term> terms) {
        public Conjunct {
            terms = List.copyOf(terms);
        }
    }

    /**
     * A word or phrase (the words of a phrase separated by single spaces), negated or not.
     *
     * @param text    the word, or the phrase's words; no quotes, no escapes
     * @param phrase  whether it was written in double quotes
     * @param negated whether it was written with a leading {@code -}
     */
    public record Term(String text, boolean phrase, boolean negated) {
    }

    /** Parses the text of a CONTAINS, refusing what the grammar does not allow with a message saying what to fix. */
    public static FullTextExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("CONTAINS needs a word or \"phrase\" to search for");
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid("CONTAINS text is " + text.length() + " characters; at most " + MAX_LENGTH);
        }
        List<Conjunct> alternatives = new ArrayList<>();
        List<Term> current = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-';
            int start = negated ? i + 1 : i;
            if (start >= text.length() || Character.isWhitespace(text.charAt(start))) {
                throw invalid("CONTAINS: '-' must be followed directly by a word or \"phrase\" in: " + text);
            }
            StringBuilder value = new StringBuilder();
            boolean phrase = text.charAt(start) == '"';
            int end = phrase ? readPhrase(text, start, value) : readWord(text, start, value);
            String term = value.toString().strip().replaceAll("\\s+", " ");
            if (!phrase && !negated && term.equals("OR")) {
                if (current.isEmpty()) {
                    throw invalid("CONTAINS: 'OR' needs a word or \"phrase\" before it in: " + text);
                }
                alternatives.add(conjunct(current, text));
                current = new ArrayList<>();
            } else if (term.isEmpty()) {
                throw invalid("CONTAINS: the phrase \"\" is empty in: " + text);
            } else {
                current.add(new Term(term, phrase, negated));
            }
            i = end;
        }
        if (current.isEmpty()) {
            throw invalid("CONTAINS: 'OR' needs a word or \"phrase\" after it in: " + text);
        }
        alternatives.add(conjunct(current, text));
        return new FullTextExpression(alternatives);
    }

    private static Conjunct conjunct(List<Term> terms, String text) {
        if (terms.stream().allMatch(Term::negated)) {
            throw invalid("CONTAINS: each part needs at least one word or \"phrase\" without '-' in: " + text);
        }
        return new Conjunct(terms);
    }

    /** Reads a word from {@code start} up to white space; returns the index after it. */
    private static int readWord(String text, int start, StringBuilder value) {
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            char c = text.charAt(i);
            if (c == '\\') {
                i = escaped(text, i, value);
                continue;
            }
            if (c == '"') {
                throw invalid("CONTAINS: a '\"' inside a word must be escaped as \\\" (or put a space before the phrase) in: "
                        + text);
            }
            value.append(c);
            i++;
        }
        return i;
    }

    /** Reads a quoted phrase starting at the quote at {@code start}; returns the index after the closing quote. */
    private static int readPhrase(String text, int start, StringBuilder value) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i = escaped(text, i, value);
            } else if (c == '"') {
                if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                    throw invalid("CONTAINS: put a space after the closing '\"' of a phrase in: " + text);
                }
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw invalid("CONTAINS: a phrase opened with '\"' is not closed in: " + text);
    }

    private static int escaped(String text, int backslash, StringBuilder value) {
        if (backslash + 1 >= text.length() || "\\'\"-".indexOf(text.charAt(backslash + 1)) < 0) {
            throw invalid("CONTAINS: '\\' may only escape \\ ' \" or - in: " + text);
        }
        value.append(text.charAt(backslash + 1));
        return backslash + 2;
    }

    private static CmisInvalidArgumentException invalid(String message) {
        return new CmisInvalidArgumentException(message);
    }
}
