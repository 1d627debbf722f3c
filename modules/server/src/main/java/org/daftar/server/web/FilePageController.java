package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.EofficeException;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Priority;
import org.daftar.repository.RepositoryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The e-file as the eOffice screen shows it: the notesheet on the left (paragraph-numbered notes, yellow drafts the
 * author may confirm or discard, green final), the correspondence on the right, the movement history below, and
 * the actions of the desk that holds the file: write a note, send it on.
 */
@Controller
public class FilePageController {

    private final Eoffice eoffice;
    private final ActingDeskChoice actingDesk;
    private final WebProblems problems;
    private final PostTitles postTitles;

    public FilePageController(Eoffice eoffice, ActingDeskChoice actingDesk, WebProblems problems, PostTitles postTitles) {
        this.eoffice = eoffice;
        this.actingDesk = actingDesk;
        this.problems = problems;
        this.postTitles = postTitles;
    }

    @GetMapping("/files/{id}")
    public String file(@PathVariable UUID id, Principal user, HttpSession session, Locale locale, Model model) {
        EFile file;
        try {
            file = eoffice.files().get(user.getName(), id);
        } catch (EofficeNotFoundException e) {
            // A folder of type eo:file made outside the e-Office (a repository import): show it as a folder.
            return "redirect:/browse/" + id;
        }
        ActingDesk desk = actingDeskOrNull(user, session);
        boolean held = desk != null && file.item().holderPost() == desk.postId();
        if (held) {
            eoffice.movements().open(desk, id, ItemKind.file);
        }
        model.addAttribute("file", file);
        model.addAttribute("notes", eoffice.notes().list(user.getName(), id));
        model.addAttribute("correspondence", eoffice.receipts().correspondence(user.getName(), id));
        model.addAttribute("history", eoffice.movements().history(user.getName(), id));
        model.addAttribute("held", held);
        model.addAttribute("desk", desk);
        model.addAttribute("holder", postTitles.of(file.item().holderPost(), locale));
        model.addAttribute("posts", held ? eoffice.organisation().posts(file.item().officeId()).stream()
                .filter(p -> p.id() != desk.postId()).toList() : List.of());
        model.addAttribute("priorities", Arrays.stream(Priority.values()).map(Priority::toString).toList());
        return "file";
    }

    @PostMapping("/files/{id}/notes")
    public String writeNote(@PathVariable UUID id, @RequestParam String text, @RequestParam(defaultValue = "") String refs,
                            Principal user, HttpSession session, Locale locale, RedirectAttributes redirect) {
        String page = act(id, user, session, locale, redirect, desk -> eoffice.notes().add(desk, id, text.strip(),
                Arrays.stream(refs.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList()));
        if (redirect.getFlashAttributes().containsKey("problem")) {
            // A refused note is not lost: the form comes back with what was typed.
            redirect.addFlashAttribute("noteText", text);
            redirect.addFlashAttribute("noteRefs", refs);
        }
        return page;
    }

    @PostMapping("/files/{id}/notes/{noteId}/confirm")
    public String confirmNote(@PathVariable UUID id, @PathVariable UUID noteId, Principal user, HttpSession session,
                              Locale locale, RedirectAttributes redirect) {
        return act(id, user, session, locale, redirect, desk -> eoffice.notes().confirm(desk, noteId));
    }

    @PostMapping("/files/{id}/notes/{noteId}/discard")
    public String discardNote(@PathVariable UUID id, @PathVariable UUID noteId, Principal user, HttpSession session,
                              Locale locale, RedirectAttributes redirect) {
        return act(id, user, session, locale, redirect, desk -> eoffice.notes().discard(desk, noteId));
    }

    @PostMapping("/files/{id}/send")
    public String send(@PathVariable UUID id, @RequestParam long to, @RequestParam(defaultValue = "") String remarks,
                       @RequestParam(defaultValue = "Normal") String priority, @RequestParam(defaultValue = "") String due,
                       Principal user, HttpSession session, Locale locale, RedirectAttributes redirect) {
        String page = act(id, user, session, locale, redirect, desk -> eoffice.movements().send(desk, id, ItemKind.file,
                to, remarks.strip(), Priority.parse(priority), dueDate(due)));
        return redirect.getFlashAttributes().containsKey("problem") ? page : "redirect:/desk?folder=sent";
    }

    @PostMapping("/files/{id}/pull-back")
    public String pullBack(@PathVariable UUID id, Principal user, HttpSession session, Locale locale,
                           RedirectAttributes redirect) {
        return act(id, user, session, locale, redirect, desk -> eoffice.movements().pullBack(desk, id, ItemKind.file, ""));
    }

    /** Runs a desk action; a refusal comes back to the file page as a message in the reader's language. */
    private String act(UUID id, Principal user, HttpSession session, Locale locale, RedirectAttributes redirect,
                       Consumer<ActingDesk> action) {
        try {
            action.accept(actingDesk.of(user, session));
            redirect.addFlashAttribute("done", true);
        } catch (EofficeException | RepositoryException e) {
            redirect.addFlashAttribute("problem", problems.of(e, locale));
        }
        return "redirect:/files/" + id;
    }

    private static LocalDate dueDate(String due) {
        if (due.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(due);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("The due date '" + due + "' is not a date");
        }
    }

    private ActingDesk actingDeskOrNull(Principal user, HttpSession session) {
        try {
            return actingDesk.of(user, session);
        } catch (EofficeException e) {
            return null;
        }
    }
}
