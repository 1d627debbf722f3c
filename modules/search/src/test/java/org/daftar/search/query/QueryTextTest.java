package org.daftar.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "नामांतरण खसरा | नामांतरण खसरा",
            "\"quarry lease\" AND rampur | \"quarry lease\" AND rampur",
            "A-12011/3/2020 | \"A-12011/3/2020\"",
            "(A-12011/3/2020 OR LR/112/1987) | (\"A-12011/3/2020\" OR \"LR/112/1987\")",
            "-1187/2023/COLL-SEH | -\"1187/2023/COLL-SEH\"",
            "subject:भूमि | \"subject:भूमि\"",
            "alpha NOT beta | alpha NOT beta",
            "NOT beta | NOT beta"})
    void textIsPassedOnWithNumbersAndFieldLikeWordsQuoted(String text, String prepared) {
        assertThat(QueryText.prepare(text)).isEqualTo(prepared);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"quarry lease | opening \" without a closing one",
            "(alpha OR beta | opens 1 parenthesis",
            "((alpha | opens 2 parentheses",
            "alpha) | closes a parenthesis",
            "AND alpha | AND' needs a word or phrase before it",
            "alpha OR | OR' needs a word or phrase after it",
            "alpha AND OR beta | AND' needs a word or phrase after it",
            "alpha NOT | NOT' needs a word or phrase after it"})
    void malformedTextIsRefusedSayingWhatToFix(String text, String message) {
        assertThatThrownBy(() -> QueryText.prepare(text)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining(message);
    }
}
