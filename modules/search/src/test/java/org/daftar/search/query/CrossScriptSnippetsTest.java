package org.daftar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CrossScriptSnippetsTest {

    @ParameterizedTest(name = "{0} marks {2}")
    @CsvSource(delimiter = '|', textBlock = """
            namantaran          | नामांतरण प्रकरण में आदेश            | <mark>नामांतरण</mark> प्रकरण में आदेश
            collector sehore    | कलेक्टर सीहोर का आदेश               | <mark>कलेक्टर</mark> <mark>सीहोर</mark> का आदेश
            tahsildar           | तहसीलदार आष्टा                     | <mark>तहसीलदार</mark> आष्टा
            tehsil              | तहसील कार्यालय                      | <mark>तहसील</mark> कार्यालय
            khajuriya AND gram  | ग्राम खजूरिया की भूमि               | <mark>ग्राम</mark> <mark>खजूरिया</mark> की भूमि
            """)
    void latinQueryWordsMarkTheDevanagariWordsTheyFold(String query, String text, String snippet) {
        assertThat(new CrossScriptSnippets(query).snippet(text, 180)).contains(snippet);
    }

    @Test
    void nothingIsMarkedWhenNoWordMatchesAndLatinWordsAreLeftToSolr() {
        assertThat(new CrossScriptSnippets("zircon").snippet("नामांतरण प्रकरण", 180)).isEmpty();
        assertThat(new CrossScriptSnippets("quarry").snippet("the quarry lease", 180)).isEmpty();
        assertThat(new CrossScriptSnippets("AND OR NOT").snippet("और या नहीं", 180)).isEmpty();
        assertThat(new CrossScriptSnippets("namantaran").snippet(null, 180)).isEmpty();
    }

    @Test
    void aMatchDeepInALongPageIsShownWithItsContextAndTheTextIsEscaped() {
        String filler = "ग्राम पंचायत भवन की मरम्मत हेतु राशि स्वीकृत की गई। ".repeat(20);
        String text = filler + "<b>&</b> खजूरिया का सीमांकन " + filler;
        Optional<String> snippet = new CrossScriptSnippets("khajuriya").snippet(text, 180);
        assertThat(snippet).hasValueSatisfying(s -> {
            assertThat(s).contains("&lt;b&gt;&amp;&lt;/b&gt; <mark>खजूरिया</mark> का सीमांकन");
            assertThat(s.replaceAll("<[^>]+>", "").length()).isBetween(100, 200);
            assertThat(s).doesNotStartWith("ग्राम पंचायत भवन की मरम्मत हेतु राशि स्वीकृत की गई। ग्राम");
        });
    }
}
