package org.daftar.cmis.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullTextExpressionTest {

    /** Renders a parsed expression compactly: groups joined by " | ", phrases in [], negation as !. */
    private static String shape(FullTextExpression expression) {
        return expression.alternatives().stream()
                .map(c -> c.terms().stream()
                        .map(t -> (t.negated() ? "!" : "") + (t.phrase() ? "[" + t.text() + "]" : t.text()))
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0} parses as {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "नामांतरण;                          नामांतरण",
            "land   allotment;                  land allotment",
            "`\"quarry lease\" -cancelled`;     `[quarry lease] !cancelled`",
            "sand OR royalty mining;            sand | royalty mining",
            "`-\"old order\" खसरा OR नामांतरण`;  `![old order] खसरा | नामांतरण`",
            "A-12011/3/2020;                    A-12011/3/2020",
            "`\\-minus and a \\\" quote`;        `-minus and a \" quote`",
            "`\"  spaced   phrase \"`;           `[spaced phrase]`",
            "or;                                or",
            "`\"OR\" AND`;                       `[OR] AND`",
    })
    void theCmisFullTextGrammarIsParsedIntoGroupsOfTerms(String text, String expected) {
        assertThat(shape(FullTextExpression.parse(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "`  `;                    needs a word",
            "`\"quarry lease`;        is not closed",
            "OR sand;                 'OR' needs a word or \"phrase\" before it",
            "sand OR;                 'OR' needs a word or \"phrase\" after it",
            "sand OR OR royalty;      'OR' needs a word or \"phrase\" before it",
            "-sand;                   at least one word or \"phrase\" without '-'",
            "sand OR -royalty;        at least one word or \"phrase\" without '-'",
            "`sand - royalty`;        '-' must be followed directly",
            "`ab\"cd\"`;              must be escaped",
            "`\"ab\"cd`;              put a space after the closing",
            "`a\\b`;                  may only escape",
            "`\"\"`;                  is empty",
    })
    void textTheGrammarDoesNotAllowIsRefusedSayingWhatToFix(String text, String message) {
        assertThatThrownBy(() -> FullTextExpression.parse(text)).isInstanceOf(CmisInvalidArgumentException.class)
                .hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void overlongTextIsRefused() {
        assertThatThrownBy(() -> FullTextExpression.parse("a ".repeat(600)))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("at most 1000");
        assertThat(FullTextExpression.parse("a").alternatives()).isEqualTo(List.of(
                new FullTextExpression.Conjunct(List.of(new FullTextExpression.Term("a", false, false)))));
    }

    @ParameterizedTest(name = "CONTAINS({0}) reads as {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "`'\\\\-minus \\\\\\\\ backslash'`;        `-minus \\ backslash`",
            "`'\\\\\"phrase\\\\\" and \\' quote'`;   `\"phrase\" and ' quote`",
            "`'\"quarry lease\" -cancelled OR नामांतरण'`;     `[quarry lease] !cancelled | नामांतरण`",
    })
    void escapedCharactersReachTheFullTextParserThroughTheQueryGrammar(String literal, String expected) {
        String statement = "SELECT * FROM cmis:document WHERE CONTAINS(" + literal + ")";
        StringLiterals.check(statement);
        var types = new QueryTypes(new org.daftar.cmis.types.CmisTypes(org.daftar.model.TypeRegistry.standard()));
        var parsed = new org.apache.chemistry.opencmis.server.support.query.QueryUtilStrict(statement, types, null,
                false);
        parsed.processStatementUsingCmisExceptions();
        String text = parsed.getWalker().getWherePredicateTree().getChild(0).getText();
        String body = StringLiterals.unescape(text.substring(1, text.length() - 1));
        assertThat(shape(FullTextExpression.parse(body))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aBackslashEscapeTheQueryGrammarDoesNotHaveIsRefusedBeforeParsing() {
        // OpenCMIS's lexer does not stop on \" (it runs out of memory), so this must never reach it.
        assertThatThrownBy(() -> StringLiterals.check("SELECT * FROM cmis:document WHERE CONTAINS('\\\"x\\\"')"))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("may only escape");
        assertThatThrownBy(() -> StringLiterals.check("SELECT * FROM cmis:document WHERE cmis:name = 'a\\"))
                .isInstanceOf(CmisInvalidArgumentException.class);
        StringLiterals.check("SELECT * FROM cmis:document WHERE cmis:name = 'it\\'s \\\\ ok' AND cmis:name <> 'x'");
    }
}
