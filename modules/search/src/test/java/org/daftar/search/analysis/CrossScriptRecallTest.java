package org.daftar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.daftar.search.solr.SolrCollection;
import org.daftar.search.testing.EmbeddedSolr;
import org.daftar.search.testing.SearchHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures cross-script search on office vocabulary: each Devanagari term is a paper of its own among Hindi
 * distractors; the Latin spelling people type is the query. Recall = share of queries that find their paper;
 * false hits = other papers returned. Writes the table to {@code target/cross-script-recall.md} (copied into
 * docs/search.md) and fails if recall drops below 90 % or false hits exceed one per query on average.
 */
@ExtendWith({EmbeddedDatabase.class, EmbeddedSolr.class})
class CrossScriptRecallTest {

    /** Latin query, Devanagari text. */
    static final String[][] PAIRS = {
            {"namantaran", "नामांतरण"}, {"naamantaran", "नामांतरण"}, {"collector sehore", "कलेक्टर सीहोर"},
            {"tehsildar", "तहसीलदार"}, {"tahsildar", "तहसीलदार"}, {"patwari", "पटवारी"}, {"khasra", "खसरा"},
            {"khatauni", "खतौनी"}, {"jamabandi", "जमाबंदी"}, {"bhumi abhilekh", "भूमि अभिलेख"},
            {"zila panchayat", "ज़िला पंचायत"}, {"jila panchayat", "ज़िला पंचायत"}, {"gram sabha", "ग्राम सभा"},
            {"anuvibhagiya adhikari", "अनुविभागीय अधिकारी"}, {"rajasva", "राजस्व"}, {"rajaswa", "राजस्व"},
            {"adhisuchana", "अधिसूचना"}, {"paripatra", "परिपत्र"}, {"aadesh", "आदेश"}, {"prativedan", "प्रतिवेदन"},
            {"shikayat", "शिकायत"}, {"aavedan", "आवेदन"}, {"nakal", "नकल"}, {"bandobast", "बंदोबस्त"},
            {"diwani", "दीवानी"}, {"faujdari", "फ़ौजदारी"}, {"nyayalaya", "न्यायालय"}, {"vidhan sabha", "विधानसभा"},
            {"sachivalaya", "सचिवालय"}, {"nagar palika", "नगर पालिका"}, {"kotwali", "कोतवाली"}, {"thana", "थाना"},
            {"chaukidar", "चौकीदार"}, {"mandi", "मंडी"}, {"krishi", "कृषि"}, {"sinchai", "सिंचाई"},
            {"vetan", "वेतन"}, {"bhatta", "भत्ता"}, {"avkash", "अवकाश"}, {"sthanantaran", "स्थानांतरण"},
            {"niyukti", "नियुक्ति"}, {"padonnati", "पदोन्नति"}, {"nilamban", "निलंबन"}, {"jaanch", "जाँच"},
            {"lokayukta", "लोकायुक्त"}, {"ashta", "आष्टा"}, {"ichhawar", "इछावर"}, {"budhni", "बुधनी"},
            {"nasrullaganj", "नसरुल्लागंज"}, {"bhopal", "भोपाल"}, {"shivpuri", "शिवपुरी"},
            {"hoshangabad", "होशंगाबाद"}, {"dhamtari", "धमतरी"}, {"vidisha", "विदिशा"}, {"raisen", "रायसेन"},
    };

    static final String[] DISTRACTORS = {
            "यह पत्र सूचनार्थ एवं आवश्यक कार्यवाही हेतु प्रेषित है", "बैठक की कार्यसूची संलग्न है",
            "माननीय मंत्री जी के दौरे का कार्यक्रम", "वर्षा ऋतु में बाढ़ नियंत्रण की तैयारी",
            "विद्यालयों में मध्याह्न भोजन योजना की समीक्षा", "सड़क निर्माण कार्य की प्रगति रिपोर्ट",
            "स्वास्थ्य शिविर का आयोजन दिनांक को किया जाएगा", "मतदाता सूची का पुनरीक्षण कार्यक्रम"};

    @TempDir
    Path contentRoot;

    @Test
    void latinQueriesFindTheirDevanagariPapersWithFewFalseHits(DataSource dataSource, SolrCollection solr)
            throws IOException {
        try (SearchHarness search = new SearchHarness(dataSource, contentRoot, solr)) {
            Map<String, UUID> papers = new LinkedHashMap<>();
            for (String[] pair : PAIRS) {
                papers.computeIfAbsent(pair[1], text -> search.text("विषय: " + text).id());
            }
            for (String distractor : DISTRACTORS) {
                search.text(distractor);
            }
            search.indexed();

            List<String> rows = new ArrayList<>();
            int found = 0;
            int falseHits = 0;
            for (String[] pair : PAIRS) {
                List<UUID> hits = search.ids(pair[0]);
                boolean hit = hits.contains(papers.get(pair[1]));
                int others = hits.size() - (hit ? 1 : 0);
                found += hit ? 1 : 0;
                falseHits += others;
                rows.add("| " + pair[0] + " | " + pair[1] + " | " + (hit ? "yes" : "**no**") + " | " + others + " |");
            }
            double recall = (double) found / PAIRS.length;
            double falsePerQuery = (double) falseHits / PAIRS.length;
            String table = "| Latin query | Devanagari text | found | false hits |\n| --- | --- | --- | --- |\n"
                    + String.join("\n", rows) + "\n\n" + String.format(java.util.Locale.ROOT,
                    "%d pairs, %d papers + %d distractors: recall %.1f %% (%d/%d), false hits %d (%.2f per query)%n",
                    PAIRS.length, papers.size(), DISTRACTORS.length, 100 * recall, found, PAIRS.length, falseHits,
                    falsePerQuery);
            Files.writeString(Path.of("target", "cross-script-recall.md"), table);
            System.out.println(table);
            assertThat(recall).as(table).isGreaterThanOrEqualTo(0.9);
            assertThat(falsePerQuery).as(table).isLessThanOrEqualTo(1.0);
        }
    }
}
