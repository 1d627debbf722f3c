package org.daftar.server.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.search.query.SearchRequest;
import org.daftar.search.query.SearchResult;
import org.daftar.search.query.SearchService;
import org.daftar.search.query.SearchSort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over files, receipts, notes and scanned pages, limited to what the caller may read. */
@RestController
@Tag(name = "Search", description = "Full-text search in Hindi, English and Latin-typed Hindi")
public class SearchController {

    private static final Set<String> OWN_PARAMETERS = Set.of("q", "sort", "skipCount", "maxItems");

    private final SearchService search;

    public SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search", description = "Free text (words, \"phrases\", AND/OR/NOT, -word, parentheses) in "
            + "Devanagari or Latin letters; filters office, section, type, category, year, status, grading, number; "
            + "facets for each; hits carry the best page and highlighted snippets.")
    public SearchResult search(Principal user,
                               @Parameter(description = "free text; empty for everything") @RequestParam(defaultValue = "") String q,
                               @Parameter(description = "relevance, modified, modified-asc, created, name") @RequestParam(required = false) String sort,
                               @RequestParam(defaultValue = "0") int skipCount,
                               @RequestParam(defaultValue = "10") int maxItems,
                               @Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        Map<String, String> filters = new LinkedHashMap<>(parameters);
        filters.keySet().removeAll(OWN_PARAMETERS);
        return search.search(user.getName(), new SearchRequest(q, filters, SearchSort.parse(sort), skipCount, maxItems));
    }

    @GetMapping("/api/v1/search/similar/{nodeId}")
    @Operation(summary = "More like this", description = "Readable nodes whose text resembles the given node's")
    public SearchResult similar(Principal user, @PathVariable UUID nodeId,
                                @RequestParam(defaultValue = "10") int maxItems) {
        if (maxItems < 1 || maxItems > 100) {
            throw new org.daftar.search.query.InvalidQueryException("maxItems must be between 1 and 100, not " + maxItems);
        }
        return search.moreLikeThis(user.getName(), nodeId, maxItems);
    }
}
