package org.daftar.cmis.query;

import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;

/**
 * Bounds on the size of a CMIS query, checked on the statement's text before OpenCMIS's parser sees it. The parser
 * and tree walker recurse once per nesting level and per {@code AND}/{@code OR} term, so a long chain or deep
 * nesting overflowed the request thread's stack; each bound here is far above what a real query needs.
 *
 * @param maxLength   characters in the statement
 * @param maxDepth    levels of parentheses
 * @param maxTerms    {@code AND}, {@code OR} and {@code NOT} operators
 * @param maxInValues values in one {@code IN (…)} list (checked while translating, see {@link SqlCondition})
 * @param maxValues   literal values in the whole condition (each becomes a SQL parameter, and PostgreSQL takes
 *                    at most 65,535 in one statement)
 */
public record QueryLimits(int maxLength, int maxDepth, int maxTerms, int maxInValues, int maxValues) {

    /** The limits Daftar serves with. */
    public static final QueryLimits STANDARD = new QueryLimits(256 * 1024, 32, 256, 1000, 5000);

    /**
     * Refuses a statement longer, deeper or with more boolean terms than allowed. Words inside string literals
     * ({@code '…'}) and quoted identifiers ({@code "…"}) are not counted.
     */
    public void check(String statement) {
        if (statement.length() > maxLength) {
            throw new CmisInvalidArgumentException("The query is too long (" + statement.length()
                    + " characters; at most " + maxLength + ")");
        }
        int depth = 0;
        int terms = 0;
        char quote = 0;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '(' -> {
                    if (++depth > maxDepth) {
                        throw new CmisInvalidArgumentException("The query is nested too deeply (more than "
                                + maxDepth + " levels of parentheses)");
                    }
                }
                case ')' -> depth = Math.max(0, depth - 1);
                default -> {
                    if (isWordStart(statement, i)) {
                        int end = wordEnd(statement, i);
                        if (isBooleanOperator(statement.substring(i, end)) && ++terms > maxTerms) {
                            throw new CmisInvalidArgumentException("The query has too many terms (more than "
                                    + maxTerms + " AND, OR and NOT); use IN (…) for a list of values");
                        }
                        i = end - 1;
                    }
                }
            }
        }
    }

    /** Refuses an {@code IN} list longer than allowed. */
    void checkInList(int values) {
        if (values > maxInValues) {
            throw new CmisInvalidArgumentException("An IN list has " + values + " values; at most " + maxInValues
                    + " are allowed in one list");
        }
    }

    /** Refuses a condition with more literal values in all than allowed. */
    void checkValues(int values) {
        if (values > maxValues) {
            throw new CmisInvalidArgumentException("The query compares with more than " + maxValues
                    + " values in all; narrow it or split it into several queries");
        }
    }

    private static boolean isWordStart(String text, int i) {
        return isWordChar(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)));
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Letters, digits and the characters of qualified names ({@code eo:subject}, {@code d.cmis:name}). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.';
    }

    private static boolean isBooleanOperator(String word) {
        return word.equalsIgnoreCase("AND") || word.equalsIgnoreCase("OR") || word.equalsIgnoreCase("NOT");
    }
}
