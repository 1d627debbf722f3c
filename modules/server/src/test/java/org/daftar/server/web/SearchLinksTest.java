package org.daftar.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchLinksTest {

    private final SearchLinks links = new SearchLinks("भूमि अभिलेख", Map.of("office", "COLL-SEH", "year", "1987"));

    @Test
    void anotherPageKeepsTheTextAndEveryFilter() {
        assertThat(links.page(2)).isEqualTo("/search?q=%E0%A4%AD%E0%A5%82%E0%A4%AE%E0%A4%BF+"
                + "%E0%A4%85%E0%A4%AD%E0%A4%BF%E0%A4%B2%E0%A5%87%E0%A4%96&office=COLL-SEH&year=1987&page=2");
        assertThat(links.page(1)).doesNotContain("page=");
    }

    @Test
    void aFacetValueIsAddedToTheFiltersOrReplacesItsOwnAndStartsAtPageOne() {
        assertThat(links.with("section", "REV")).endsWith("&office=COLL-SEH&section=REV&year=1987");
        assertThat(links.with("year", "1988")).endsWith("&office=COLL-SEH&year=1988");
    }

    @Test
    void reservedCharactersInTextAndValuesAreEncoded() {
        assertThat(new SearchLinks("a+b & c", Map.of("category", "Land & Records")).page(3))
                .isEqualTo("/search?q=a%2Bb+%26+c&category=Land+%26+Records&page=3");
    }

    @Test
    void aSearchByFiltersAloneHasNoEmptyTextParameter() {
        assertThat(new SearchLinks("", Map.of("section", "REV")).page(1)).isEqualTo("/search?section=REV");
        assertThat(new SearchLinks("", Map.of()).page(2)).isEqualTo("/search?page=2");
        assertThat(new SearchLinks(" ", Map.of()).page(1)).isEqualTo("/search");
    }

    @Test
    void theFiltersOfARequestAreItsNonBlankFacetParametersOnly() {
        Map<String, String> request = Map.of("office", "COLL-SEH", "year", " ", "q", "x", "page", "2", "colour", "red");
        assertThat(SearchLinks.filters(request::get)).isEqualTo(Map.of("office", "COLL-SEH"));
    }
}
