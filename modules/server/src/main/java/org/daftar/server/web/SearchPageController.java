package org.daftar.server.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.daftar.search.query.InvalidQueryException;
import org.daftar.search.query.SearchRequest;
import org.daftar.search.query.SearchResult;
import org.daftar.search.query.SearchService;
import org.daftar.search.query.SearchSort;
import org.daftar.search.saved.SavedSearches;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One search box for everything the reader may see — Devanagari, Latin letters or both, file and diary numbers in
 * any spelling — with facets to narrow down and snippets that name the page, so a hit opens the PDF at that page.
 */
@Controller
public class SearchPageController {

    private static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final SavedSearches saved;

    public SearchPageController(SearchService search, SavedSearches saved) {
        this.search = search;
        this.saved = saved;
    }

    @GetMapping("/search")
    public String search(@RequestParam(defaultValue = "") String q, @RequestParam Map<String, String> parameters,
                         @RequestParam(defaultValue = "1") int page, Principal user, Locale locale, Model model) {
        Map<String, String> filters = SearchLinks.filters(parameters::get);
        model.addAttribute("q", q);
        model.addAttribute("filters", filters);
        model.addAttribute("links", new SearchLinks(q, filters));
        model.addAttribute("savedSearches", SavedSearchPageController.links(saved, user.getName()));
        if (q.isBlank() && filters.isEmpty()) {
            return "search";
        }
        int pageNumber = Math.max(1, page);
        try {
            SearchResult result = search.search(user.getName(),
                    new SearchRequest(q, filters, SearchSort.RELEVANCE, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
            model.addAttribute("result", result);
            model.addAttribute("page", pageNumber);
            model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (InvalidQueryException e) {
            model.addAttribute("queryProblem", e.getMessage());
        }
        return "search";
    }
}
