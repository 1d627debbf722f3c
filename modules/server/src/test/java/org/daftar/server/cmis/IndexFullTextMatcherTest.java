package org.daftar.server.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.cmis.query.FullTextExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexFullTextMatcherTest {

    @ParameterizedTest(name = "CONTAINS {0} searches {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "`नामांतरण \"khasra number\" -cancelled`; `\"नामांतरण\" \"khasra number\" -\"cancelled\"`",
            "`sand OR royalty mining`;               `( \"sand\" ) OR ( \"royalty\" \"mining\" )`",
            "`a(b) field:x* AND`;                     `\"a b\" \"field:x*\" \"AND\"`",
            "`( OR sand`;                             `\"sand\"`",
            "`()`;                                    ``",
    })
    void everyTermIsQuotedSoNothingInItIsReadAsSolrSyntax(String contains, String search) {
        assertThat(IndexFullTextMatcher.searchText(FullTextExpression.parse(contains))).isEqualTo(search);
    }
}
