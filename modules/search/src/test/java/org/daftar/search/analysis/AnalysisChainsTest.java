package org.daftar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.search.solr.SolrCollection;
import org.daftar.search.testing.EmbeddedSolr;
import org.daftar.search.testing.SchemaAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analysis chains of the shipped schema, as tables of real words and what each chain makes of them. */
@ExtendWith(EmbeddedSolr.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisChainsTest {

    SchemaAnalysis analysis;

    @BeforeAll
    void open(SolrCollection solr) {
        analysis = new SchemaAnalysis(solr);
    }

    @ParameterizedTest(name = "{0} stays one word in {1}")
    @CsvSource({
            "प्रशासनिक, text_light", "पत्रावली, text_light", "क़ानून, text_light", "कार्यालय, text_light",
            "संयुक्त, text_light", "क्षेत्र, text_light", "श्रीमान्, text_light", "द्वितीय, text_light",
            "प्रशासनिक, text_hi", "पत्रावली, text_hi", "क़ानून, text_hi", "कार्यालयों, text_hi", "संयुक्त, text_hi",
            "क्षेत्र, text_hi", "नामांतरण, text_hi"})
    void devanagariWordsAreNeverSplitAtAViramaOrMatra(String word, String fieldType) {
        assertThat(analysis.index(fieldType, word)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            // nukta and its absence
            "क़ानून, कानून", "ज़िला, जिला", "फ़ाइल, फाइल",
            // plural and oblique forms
            "कार्यालयों, कार्यालय", "पत्रावलियों, पत्रावली", "आदेशों, आदेश", "भूमियों, भूमि",
            // chandrabindu and anusvara
            "पहुँच, पहुंच",
            // digits in both scripts
            "१२३, 123", "२०२०, 2020"})
    void hindiVariantsMeetInTheHindiField(String variant, String form) {
        assertThat(analysis.index("text_hi", variant)).isEqualTo(analysis.query("text_hi", form));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"files, file", "orders, order", "allotted, allotment", "Collector's, collector", "inquiries, inquiry",
            "cancelled, cancellation", "१२३, 123"})
    void englishVariantsMeetInTheEnglishField(String variant, String form) {
        assertThat(analysis.index("text_en", variant)).isEqualTo(analysis.query("text_en", form)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"A-12011/3/2020, a 12011 3 2020", "A-12011/3/2020, A/12011/3/2020", "ए-१२०११/३/२०२०, ए 12011 3 2020",
            "1187/2023/COLL-SEH, 1187-2023-coll-seh"})
    void numbersMatchWhateverSeparatorsAreTyped(String stored, String typed) {
        assertThat(analysis.index("number_key", stored)).isEqualTo(analysis.query("number_key", typed)).hasSize(1);
    }

    @ParameterizedTest(name = "{1} finds {0}")
    @CsvSource({"नामांतरण, namantaran", "तहसीलदार, tehsildar", "कलेक्टर, collector", "पटवारी, patwari",
            "खसरा, khasra", "सीहोर, sehore"})
    void latinSpellingsMeetDevanagariInACrossScriptField(String devanagari, String latin) {
        boolean folded = analysis.index("text_lat", devanagari).equals(analysis.query("text_lat", latin));
        boolean skeleton = analysis.index("text_skel", devanagari).equals(analysis.query("text_skel", latin));
        assertThat(folded || skeleton).as("%s %s / %s %s", analysis.index("text_lat", devanagari),
                analysis.query("text_lat", latin), analysis.index("text_skel", devanagari),
                analysis.query("text_skel", latin)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"file", "order report", "Collector"})
    void latinWordsInDocumentsStayOutOfTheCrossScriptFields(String text) {
        assertThat(analysis.index("text_lat", text)).isEmpty();
        assertThat(analysis.index("text_skel", text)).isEmpty();
    }
}
