package org.daftar.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.node.Node;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.daftar.search.solr.SolrCollection;
import org.daftar.search.testing.SearchHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexing and query suite, run against embedded Solr and against a two-node SolrCloud: the same papers, the
 * same questions, the same answers. Papers are created through the repository and reach Solr through the outbox.
 * Subclasses name the extension that supplies the (empty) {@link SolrCollection}.
 */
@ExtendWith(EmbeddedDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchSuite {

    @TempDir
    static Path contentRoot;

    SearchHarness search;
    Node hindi;
    Node devanagariDigits;
    Node latinDigits;
    Node landFile;
    Node crossScript;
    Node gazetteer;
    Node confidential;
    Node alphaBravo;
    Node alphaCharlie;
    Node bravoCharlie;
    Node plainText;
    Node sandMining;
    Node sandRoyalty;

    @BeforeAll
    void indexPapers(DataSource dataSource, SolrCollection solr) {
        search = new SearchHarness(dataSource, contentRoot, solr);
        hindi = search.text("प्रशासनिक पत्रावली में क़ानून के अनुसार कार्यालयों की सूची");
        devanagariDigits = search.text("आदेश क्रमांक १२३ दिनांक");
        latinDigits = search.text("order number 456 dated");
        landFile = search.file(Map.of("eo:fileNumber", "A-12011/3/2020", "eo:subject", "भूमि आवंटन land allotment",
                "eo:officeCode", "COLL-SEH", "eo:sectionCode", "REV", "eo:category", "Land Records",
                "eo:openedOn", "2020-06-11"));
        crossScript = search.text("नामांतरण प्रकरण में कलेक्टर सीहोर का आदेश");
        gazetteer = search.text("introduction to the district gazetteer",
                "the quarry lease of village rampur was cancelled", "closing remarks of the gazetteer");
        confidential = search.document("eo:receipt", Map.of("eo:diaryNumber", "77/2024/VIG",
                "eo:senderName", "पुलिस अधीक्षक", "eo:subject", "गोपनीय जाँच प्रतिवेदन zircon",
                "eo:receivedDate", "2024-02-01", "eo:deliveryMode", "Hand", "eo:grading", "Confidential",
                "eo:officeCode", "VIG-SEH"), "clerk", "zircon inquiry report about the tender");
        alphaBravo = search.text("booltest alpha bravo");
        alphaCharlie = search.text("booltest alpha charlie");
        bravoCharlie = search.text("booltest bravo charlie");
        for (int i = 0; i < 5; i++) {
            search.text("pagingword number " + i);
        }
        plainText = search.plainTextFile("पहला पृष्ठ\fदूसरे पृष्ठ पर तहसीलदार आष्टा का प्रतिवेदन");
        sandMining = search.text("illegal sand mining in the narmada river bed, royalty not paid, "
                + "seizure of tractors and sand");
        sandRoyalty = search.text("sand mining royalty recovery from the contractor, narmada river ghats, sand seized");
        search.text("marriage registration of applicants under the special marriage act");
        search.indexed();
    }

    @AfterAll
    void close() {
        search.close();
    }

    @Test
    void hindiWordsAreFoundWholeAndThroughTheirVariants() {
        for (String query : List.of("प्रशासनिक", "पत्रावली", "क़ानून", "कानून", "कार्यालय", "कार्यालयों")) {
            assertThat(search.ids(query)).as(query).containsExactly(hindi.id());
        }
    }

    @Test
    void digitsMatchInBothScripts() {
        assertThat(search.ids("123")).containsExactly(devanagariDigits.id());
        assertThat(search.ids("१२३")).containsExactly(devanagariDigits.id());
        assertThat(search.ids("४५६")).containsExactly(latinDigits.id());
    }

    @Test
    void aFileNumberMatchesHoweverItIsWritten() {
        for (String query : List.of("A-12011/3/2020", "a 12011 3 2020", "\"A 12011/3/2020\"", "a-12011-3-2020")) {
            assertThat(search.ids(query)).as(query).containsExactly(landFile.id());
        }
        SearchRequest filtered = new SearchRequest("", Map.of("number", "a/12011/3/2020"), SearchSort.RELEVANCE, 0, 10);
        assertThat(search.search().service().search("reader", filtered).hits())
                .extracting(SearchResult.Hit::nodeId).containsExactly(landFile.id());
        assertThat(search.ids("A-12011/4/2020")).isEmpty();
    }

    @Test
    void latinLettersFindDevanagariText() {
        assertThat(search.ids("namantaran")).containsExactly(crossScript.id());
        assertThat(search.ids("collector sehore")).containsExactly(crossScript.id());
        assertThat(search.ids("namantaran sehore collector")).containsExactly(crossScript.id());
    }

    @Test
    void latinLettersMarkTheDevanagariWordsTheyMatchedInTheSnippet() {
        SearchResult result = search.find("reader", "namantaran collector");
        assertThat(result.hits()).singleElement().satisfies(hit -> assertThat(hit.snippets()).singleElement()
                .isEqualTo("<mark>नामांतरण</mark> प्रकरण में <mark>कलेक्टर</mark> सीहोर का आदेश"));
    }

    @Test
    void aHitNamesItsBestPageAndHighlightsTheWords() {
        SearchResult result = search.find("reader", "quarry lease");
        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.nodeId()).isEqualTo(gazetteer.id());
            assertThat(hit.page()).isEqualTo(2);
            assertThat(hit.pages()).isEqualTo(3);
            assertThat(hit.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>quarry</mark>"));
        });
        assertThat(search.find("reader", "gazetteer").total()).as("pages of one node count once").isEqualTo(1);
    }

    @Test
    void plainTextDocumentsAreSplitIntoPagesAtFormFeeds() {
        SearchResult result = search.find("reader", "तहसीलदार");
        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.nodeId()).isEqualTo(plainText.id());
            assertThat(hit.page()).isEqualTo(2);
            assertThat(hit.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>तहसीलदार</mark>"));
        });
    }

    @Test
    void phrasesAndBooleanOperatorsNarrowTheResults() {
        assertThat(search.ids("\"quarry lease\"")).containsExactly(gazetteer.id());
        assertThat(search.ids("\"lease quarry\"")).isEmpty();
        assertThat(search.ids("booltest alpha AND bravo")).containsExactly(alphaBravo.id());
        assertThat(search.ids("booltest AND (alpha OR charlie)"))
                .containsExactlyInAnyOrder(alphaBravo.id(), alphaCharlie.id(), bravoCharlie.id());
        assertThat(search.ids("booltest NOT alpha")).containsExactly(bravoCharlie.id());
        assertThat(search.ids("booltest -charlie")).containsExactly(alphaBravo.id());
    }

    @Test
    void allMatchingNodeIdsAreCollectedPageByPageForTheCallersPrincipals() {
        SearchService service = search.search().service();
        Set<String> reader = Set.of("user:reader", ReadAccess.EVERYONE);
        assertThat(service.matchingNodeIds(reader, "pagingword", 100, 2)).hasSize(5);
        assertThat(service.matchingNodeIds(reader, "gazetteer", 100, 1)).as("pages of one node count once")
                .containsExactly(gazetteer.id());
        assertThat(service.matchingNodeIds(reader, "booltest -charlie", 100, 2)).containsExactly(alphaBravo.id());
        assertThat(service.matchingNodeIds(reader, "zircon", 100, 2)).isEmpty();
        assertThat(service.matchingNodeIds(Set.of("user:clerk", ReadAccess.EVERYONE), "zircon", 100, 2))
                .containsExactly(confidential.id());
        assertThatThrownBy(() -> service.matchingNodeIds(reader, "pagingword", 4, 2))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("more than 4");
    }

    @Test
    void facetsCountNodesAndFiltersNarrowByThem() {
        SearchResult all = search.find("reader", "");
        assertThat(all.facets().get("office")).contains(new SearchResult.FacetCount("COLL-SEH", 1));
        assertThat(all.facets().get("year")).contains(new SearchResult.FacetCount("2020", 1));
        assertThat(all.facets().get("type")).contains(new SearchResult.FacetCount("eo:file", 1));
        SearchResult filtered = search.search().service().search("reader", new SearchRequest("", Map.of(
                "section", "REV", "year", "2020", "category", "Land Records"), SearchSort.RELEVANCE, 0, 10));
        assertThat(filtered.hits()).extracting(SearchResult.Hit::nodeId).containsExactly(landFile.id());
        assertThat(filtered.hits().getFirst().numbers()).containsExactly("A-12011/3/2020");
    }

    @Test
    void anOutsiderGetsNoHitsAndNoFacetCountsForAConfidentialReceipt() {
        SearchResult outsider = search.find("outsider", "zircon");
        assertThat(outsider.total()).isZero();
        assertThat(outsider.hits()).isEmpty();
        assertThat(outsider.facets().values()).allSatisfy(counts -> assertThat(counts).isEmpty());
        SearchResult everything = search.find("outsider", "");
        assertThat(everything.facets().get("grading")).noneMatch(c -> c.value().equals("Confidential"));
        assertThat(everything.facets().get("office")).noneMatch(c -> c.value().equals("VIG-SEH"));
        assertThat(everything.hits()).noneMatch(h -> h.nodeId().equals(confidential.id()));

        SearchResult creator = search.find("clerk", "zircon");
        assertThat(creator.hits()).extracting(SearchResult.Hit::nodeId).containsExactly(confidential.id());
        assertThat(creator.facets().get("grading")).containsExactly(new SearchResult.FacetCount("Confidential", 1));
    }

    @Test
    void pagesOfResultsAreDistinctAndSortedAsAsked() {
        SearchRequest first = new SearchRequest("pagingword", Map.of(), SearchSort.NAME, 0, 2);
        SearchResult page1 = search.search().service().search("reader", first);
        SearchResult page2 = search.search().service().search("reader", new SearchRequest("pagingword", Map.of(),
                SearchSort.NAME, 2, 2));
        SearchResult page3 = search.search().service().search("reader", new SearchRequest("pagingword", Map.of(),
                SearchSort.NAME, 4, 2));
        assertThat(page1.total()).isEqualTo(5);
        List<UUID> ids = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        for (SearchResult page : List.of(page1, page2, page3)) {
            page.hits().forEach(h -> {
                ids.add(h.nodeId());
                names.add(h.name());
            });
        }
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void moreLikeThisFindsTheSimilarPaperFirst() {
        SearchResult similar = search.search().service().moreLikeThis("reader", sandMining.id(), 5);
        assertThat(similar.hits()).isNotEmpty();
        assertThat(similar.hits().getFirst().nodeId()).isEqualTo(sandRoyalty.id());
        assertThat(similar.hits()).noneMatch(h -> h.nodeId().equals(sandMining.id()));
        assertThatThrownBy(() -> search.search().service().moreLikeThis("outsider", confidential.id(), 5))
                .isInstanceOf(org.daftar.repository.NodeNotFoundException.class);
    }

    @Test
    void badQueriesAreRefusedWithAReadableMessage() {
        assertThatThrownBy(() -> search.find("reader", "\"quarry lease")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("closing");
        assertThatThrownBy(() -> search.search().service().search("reader", new SearchRequest("x",
                Map.of("colour", "red"), SearchSort.RELEVANCE, 0, 10))).hasMessageContaining("Unknown filter 'colour'");
        assertThatThrownBy(() -> search.search().service().search("reader", new SearchRequest("x",
                Map.of("year", "20x0"), SearchSort.RELEVANCE, 0, 10))).hasMessageContaining("four-digit year");
    }
}
