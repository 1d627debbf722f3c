package org.daftar.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.search.query.Facet;
import org.daftar.search.saved.SavedSearch;
import org.daftar.search.saved.SavedSearchRefusedException;
import org.daftar.search.saved.SavedSearches;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Saving the search page's current query and filters under a name, and deleting a saved search. */
@Controller
public class SavedSearchPageController {

    private final SavedSearches saved;
    private final MessageSource messages;

    public SavedSearchPageController(SavedSearches saved, MessageSource messages) {
        this.saved = saved;
        this.messages = messages;
    }

    /** A saved search with the link that runs it. */
    public record Link(SavedSearch search, String href) {
    }

    /** The user's saved searches as links to the search page. */
    static List<Link> links(SavedSearches saved, String username) {
        return saved.list(username).stream().map(s -> new Link(s, href(s.query(), s.filters()))).toList();
    }

    @PostMapping("/search/saved")
    public String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String q,
                       HttpServletRequest request, Principal user, Locale locale, RedirectAttributes redirect) {
        Map<String, String> filters = filters(request);
        try {
            SavedSearch search = saved.save(user.getName(), name, q, filters);
            redirect.addFlashAttribute("savedNotice", search.name());
        } catch (SavedSearchRefusedException e) {
            redirect.addFlashAttribute("savedName", name);
            redirect.addFlashAttribute("savedProblem", messages.getMessage(
                    "savedSearch.problem." + e.reason().name(), new Object[] {SavedSearches.MAX_NAME}, locale));
        }
        return "redirect:" + href(q, filters);
    }

    @PostMapping("/search/saved/{id}/delete")
    public String delete(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        saved.find(user.getName(), id).ifPresent(s -> {
            saved.delete(user.getName(), id);
            redirect.addFlashAttribute("savedDeleted", s.name());
        });
        return "redirect:/search";
    }

    private static Map<String, String> filters(HttpServletRequest request) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            String value = request.getParameter(facet.key());
            if (value != null && !value.isBlank()) {
                filters.put(facet.key(), value);
            }
        }
        return filters;
    }

    private static String href(String query, Map<String, String> filters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        if (!query.isBlank()) {
            uri.queryParam("q", query);
        }
        filters.forEach(uri::queryParam);
        return uri.build().encode().toUriString(); // encodes braces too, so a query with { } is no URI template
    }
}
