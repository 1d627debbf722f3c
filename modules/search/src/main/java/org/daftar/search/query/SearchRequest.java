package org.daftar.search.query;

import java.util.Map;

/**
 * One search.
 *
 * @param text     free text: words, "phrases", AND/OR/NOT, +/-, parentheses; blank for everything
 * @param filters  exact filters by facet ({@link Facet}) plus {@code number} (a file/diary number in any spelling)
 * @param sort     result order
 * @param skip     results to skip (paging)
 * @param maxItems page size, 1..100
 */
public record SearchRequest(String text, Map<String, String> filters, SearchSort sort, int skip, int maxItems) {

    public SearchRequest {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (skip < 0) {
            throw new InvalidQueryException("skip must be 0 or more, not " + skip);
        }
        if (maxItems < 1 || maxItems > 100) {
            throw new InvalidQueryException("maxItems must be between 1 and 100, not " + maxItems);
        }
        if (text.length() > 1000) {
            throw new InvalidQueryException("The search text is " + text.length() + " characters; at most 1000");
        }
    }

    /** A first page of 10 by relevance. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, Map.of(), SearchSort.RELEVANCE, 0, 10);
    }
}
