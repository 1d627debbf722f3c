package org.daftar.search.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of search results.
 *
 * @param total    nodes matching (each node counted once however many pages matched)
 * @param hits     this page's nodes
 * @param facets   counts per facet value over all matching nodes the caller may read
 */
public record SearchResult(long total, int skip, int maxItems, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /**
     * A matching node.
     *
     * @param page     the best-matching page (0 when the node has no text), where the snippets come from
     * @param snippets highlighted passages, HTML-escaped, matches in {@code <mark>}
     */
    public record Hit(UUID nodeId, String name, String type, String subject, List<String> numbers, String office,
                      String section, String status, String grading, Integer year, Instant modified, int page,
                      int pages, float score, List<String> snippets) {

        /** The same hit with other snippets. */
        public Hit withSnippets(List<String> replaced) {
            return new Hit(nodeId, name, type, subject, numbers, office, section, status, grading, year, modified, page,
                    pages, score, List.copyOf(replaced));
        }
    }

    /** How many matching nodes have {@code value}. */
    public record FacetCount(String value, long count) {
    }
}
