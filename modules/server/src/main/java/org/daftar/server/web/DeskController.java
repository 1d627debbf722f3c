package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.movement.DeskFolders;
import org.daftar.eoffice.movement.FolderEntry;
import org.daftar.eoffice.organisation.Post;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk: what is pending at the post the user acts for (inbox), its sent, created, parked and closed items, and
 * what it created that is pending with other desks.
 * A user holding several posts picks one; the choice is kept for the session.
 */
@Controller
public class DeskController {

    /** Rows per page: a page of 50 renders in a few milliseconds however many items wait (scripts/bench ui). */
    static final int PAGE_SIZE = 50;
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final Eoffice eoffice;
    private final ActingDeskChoice actingDesk;
    private final PostTitles postTitles;
    private final Clock clock;

    public DeskController(Eoffice eoffice, ActingDeskChoice actingDesk, PostTitles postTitles) {
        this.eoffice = eoffice;
        this.actingDesk = actingDesk;
        this.postTitles = postTitles;
        this.clock = Clock.system(INDIA);
    }

    /** One row of a desk folder with what the page shows beside it. */
    public record Row(FolderEntry entry, String from, long ageDays, boolean overdue) {
    }

    /** Work starts at the desk. */
    @GetMapping("/")
    public String home() {
        return "redirect:/desk";
    }

    @GetMapping("/desk")
    public String desk(@RequestParam(defaultValue = "inbox") String folder, @RequestParam(required = false) Long post,
                       @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String q,
                       @RequestParam(defaultValue = "1") int page, Principal user, HttpSession session, Locale locale, Model model) {
        List<Post> posts = eoffice.organisation().postsOf(user.getName());
        model.addAttribute("posts", posts);
        model.addAttribute("folders", List.of(DeskFolders.Folder.values()));
        if (posts.isEmpty()) {
            return "desk";
        }
        Post acting = chosen(posts, post != null ? post : actingDesk.chosen(session));
        actingDesk.choose(session, acting.id());
        DeskFolders.Folder shown = folderNamed(folder);
        String kindFilter = kind.equals("file") || kind.equals("receipt") ? kind : null;
        // The text filter runs in the query, before paging, so page 2 of a filtered inbox is the filter's page 2.
        String text = q.isBlank() ? null : q.strip();
        int pageNumber = Math.max(1, page);
        DeskFolders.FolderPage folderPage = eoffice.folders().page(acting.id(), shown, kindFilter, text,
                (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        int total = folderPage.total();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<FolderEntry> entries = folderPage.entries();
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> postNames = new HashMap<>();
        List<Row> rows = entries.stream()
                .map(e -> new Row(e, otherDesk(shown, e, postNames, locale),
                        e.since() == null ? 0 : ChronoUnit.DAYS.between(e.since().atZone(INDIA).toLocalDate(), today),
                        e.dueDate() != null && e.dueDate().isBefore(today) && !"closed".equals(e.status())))
                .toList();
        model.addAttribute("acting", acting);
        model.addAttribute("folder", shown.name());
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", pageNumber);
        model.addAttribute("pages", pages);
        return "desk";
    }

    /** The other desk of a row: who sent it here, whom it was sent to (Sent), or who holds it now (pending with others). */
    private String otherDesk(DeskFolders.Folder folder, FolderEntry entry, Map<Long, String> postNames, Locale locale) {
        Long post = folder == DeskFolders.Folder.withOthers ? Long.valueOf(entry.holderPost()) : entry.fromPost();
        return post == null ? "" : postNames.computeIfAbsent(post, id -> postTitles.of(id, locale));
    }

    private static Post chosen(List<Post> posts, Long wanted) {
        return posts.stream().filter(p -> wanted != null && p.id() == wanted).findFirst().orElse(posts.getFirst());
    }

    private static DeskFolders.Folder folderNamed(String name) {
        for (DeskFolders.Folder folder : DeskFolders.Folder.values()) {
            if (folder.name().equals(name)) {
                return folder;
            }
        }
        return DeskFolders.Folder.inbox;
    }

}
