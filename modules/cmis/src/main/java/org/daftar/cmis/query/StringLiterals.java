package org.daftar.cmis.query;

import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;

/**
 * CMIS-QL string literals: {@code '…'} in which {@code \'} is a quote and {@code \\} a backslash, nothing else. The
 * statement is checked before OpenCMIS's parser sees it, because its lexer does not stop on other escapes such as
 * {@code \"} (it runs out of memory).
 */
final class StringLiterals {

    private StringLiterals() {
    }

    /** Refuses a statement whose string literals hold a backslash escape CMIS-QL does not have. */
    static void check(String statement) {
        boolean inLiteral = false;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (!inLiteral) {
                inLiteral = c == '\'';
            } else if (c == '\\') {
                char next = i + 1 < statement.length() ? statement.charAt(i + 1) : ' ';
                if (next != '\'' && next != '\\') {
                    throw new CmisInvalidArgumentException("In a query string '\\' may only escape ' or \\ (at "
                            + "character " + (i + 1) + "); inside CONTAINS write \\\\- and \\\\\" for a literal - or \"");
                }
                i++;
            } else if (c == '\'') {
                inLiteral = false;
            }
        }
    }

    /** The value of a literal's body (without its quotes): {@code \'} and {@code \\} undone. */
    static String unescape(String body) {
        StringBuilder value = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            value.append(c);
        }
        return value.toString();
    }
}
