package org.daftar.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.search.saved.SavedSearch;
import org.daftar.search.saved.SavedSearchRefusedException;
import org.daftar.search.saved.SavedSearches;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
        return saved.list(username).stream().map(s -> new Link(s, new SearchLinks(s.query(), s.filters()).page(1))).toList();
    }

    @PostMapping("/search/saved")
    public String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String q,
                       HttpServletRequest request, Principal user, Locale locale, RedirectAttributes redirect) {
        Map<String, String> filters = SearchLinks.filters(request::getParameter);
        try {
            SavedSearch search = saved.save(user.getName(), name, q, filters);
            redirect.addFlashAttribute("savedNotice", search.name());
        } catch (SavedSearchRefusedException e) {
            redirect.addFlashAttribute("savedName", name);
            redirect.addFlashAttribute("savedProblem", messages.getMessage(
                    "savedSearch.problem." + e.reason().name(), new Object[] {SavedSearches.MAX_NAME}, locale));
        }
        return "redirect:" + new SearchLinks(q, filters).page(1);
    }

    @PostMapping("/search/saved/{id}/delete")
    public String delete(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        saved.find(user.getName(), id).ifPresent(s -> {
            saved.delete(user.getName(), id);
            redirect.addFlashAttribute("savedDeleted", s.name());
        });
        return "redirect:/search";
    }
}
