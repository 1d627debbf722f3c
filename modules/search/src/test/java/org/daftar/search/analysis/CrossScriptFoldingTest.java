package org.daftar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossScriptFoldingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // inherent vowel, vowel signs, virama
            "कमल, kamala", "किताब, kitaba", "क्षेत्र, kshetra", "संयुक्त, sanyukta",
            // anusvara by the following consonant, chandrabindu, visarga
            "नामांतरण, namantarana", "संपत्ति, sampatti", "जाँच, janca", "दुःख, duhkha",
            // nukta, precomposed and combining
            "क़ानून, qanuna", "ज़िला, zila", "ड़, ra", "फ़ाइल, faila",
            // digits and Latin
            "१२३, 123", "Sehore, sehore"})
    void devanagariIsTransliteratedLetterByLetter(String word, String latin) {
        assertThat(CrossScriptFolding.transliterate(word)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"नामांतरण, namantaran", "नामांतरण, naamantaran", "कलेक्टर, kalektar", "पटवारी, patavari",
            "शिकायत, shikayat", "ज़िला, jila", "जाँच, jaanch",
            "चौकीदार, chaukidar", "दीवानी, diwani"})
    void devanagariAndLatinSpellingsFoldAlike(String devanagari, String latin) {
        assertThat(CrossScriptFolding.fold(devanagari)).isEqualTo(CrossScriptFolding.fold(latin));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"तहसीलदार, tehsildar", "तहसीलदार, tahsildar", "सीहोर, sehore", "कलेक्टर, collector",
            "धमतरी, dhamtari", "राजस्व, rajaswa",
            "पटवारी, patwari", "खसरा, khasra", "फ़ौजदारी, faujdari"})
    void spellingsThatDifferInVowelsShareASkeleton(String devanagari, String latin) {
        assertThat(CrossScriptFolding.skeleton(devanagari)).isEqualTo(CrossScriptFolding.skeleton(latin));
    }

    @Test
    void anyTextFoldsWithoutFailingAndOnlyToLettersAndDigits() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder word = new StringBuilder();
            for (int j = 0; j < 1 + random.nextInt(12); j++) {
                word.append((char) (random.nextBoolean() ? 0x0900 + random.nextInt(0x80) : 0x20 + random.nextInt(0x60)));
            }
            assertThat(CrossScriptFolding.fold(word.toString())).matches("[a-z0-9]*");
            assertThat(CrossScriptFolding.skeleton(word.toString())).matches("[a-z0-9]*");
        }
    }

    @Test
    void theFactoryRefusesUnknownParameters() {
        Map<String, String> args = new HashMap<>(Map.of("form", "skeleton", "colour", "red"));
        assertThatThrownBy(() -> new CrossScriptFoldFilterFactory(args)).hasMessageContaining("colour");
        assertThatThrownBy(() -> new CrossScriptFoldFilterFactory(new HashMap<>(Map.of("form", "bones"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("form");
    }
}
