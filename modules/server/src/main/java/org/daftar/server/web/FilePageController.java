package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.EofficeException;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.item.ItemStatus;
import org.daftar.eoffice.movement.DeskFolders;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.receipt.Receipt;
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
 * the drafts, the movement timeline, and the actions of the desk that holds the file (write and confirm notes here;
 * sending, parking, closing, drafts, attaching receipts, volumes and part files have their own controllers).
 */
@Controller
public class FilePageController {

    private final Eoffice eoffice;
    private final ActingDeskChoice actingDesk;
    private final WebProblems problems;
    private final PostTitles postTitles;
    private final DeskPicker picker;
    private final DraftTexts drafts;

    public FilePageController(Eoffice eoffice, ActingDeskChoice actingDesk, WebProblems problems, PostTitles postTitles,
                              DeskPicker picker, DraftTexts drafts) {
        this.eoffice = eoffice;
        this.actingDesk = actingDesk;
        this.problems = problems;
        this.postTitles = postTitles;
        this.picker = picker;
        this.drafts = drafts;
    }

    /**
     * A receipt in the file with its page numbers in the file ("3/c", "4/c"); each opens the receipt's scan at that
     * page in the browser's PDF viewer.
     */
    public record Paper(Receipt receipt, List<Integer> pages, boolean scanned) {
        static Paper of(Receipt receipt) {
            List<Integer> pages = List.of();
            if (receipt.pages() != null) {
                String[] range = receipt.pages().split("-");
                int first = Integer.parseInt(range[0]);
                int last = Integer.parseInt(range[range.length - 1]);
                pages = java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
            }
            return new Paper(receipt, pages, receipt.node().content() != null && receipt.node().content().size() > 0);
        }
    }

    @GetMapping("/files/{id}")
    public String file(@PathVariable UUID id, Principal user, HttpSession session, Locale locale, Model model) {
        EFile file;
        try {
            file = eoffice.files().get(user.getName(), id);
        } catch (EofficeNotFoundException e) {
            if (eoffice.access().isItem(id)) {
                throw e; // a file this reader may not see: not found, here at its own address
            }
            // A folder of type eo:file made outside the e-Office (a repository import): show it as a folder.
            return "redirect:/browse/" + id;
        }
        ActingDesk desk = actingDesk.orNull(user, session);
        ItemActions actions = ItemActions.of(eoffice, user.getName(), file.item(), desk);
        boolean held = actions.held();
        boolean active = file.item().status() instanceof ItemStatus.Active;
        if (held) {
            eoffice.movements().open(desk, id, ItemKind.file);
        }
        model.addAttribute("file", file);
        model.addAttribute("notes", eoffice.notes().list(user.getName(), id));
        List<Receipt> correspondence = eoffice.receipts().correspondence(user.getName(), id);
        model.addAttribute("correspondence", correspondence);
        model.addAttribute("papers", correspondence.stream().map(Paper::of).toList());
        model.addAttribute("drafts", drafts.of(user.getName(), id));
        model.addAttribute("actions", actions);
        model.addAttribute("volumes", FileVolumes.of(eoffice, user.getName(), file, desk));
        model.addAttribute("held", held);
        model.addAttribute("working", held && active);
        model.addAttribute("desk", desk);
        model.addAttribute("holder", postTitles.of(file.item().holderPost(), locale));
        model.addAttribute("choices", actions.canSend() ? picker.choices(desk.officeId(), desk.postId(), locale) : List.of());
        model.addAttribute("heldReceipts", held && active
                ? eoffice.folders().list(desk.postId(), DeskFolders.Folder.inbox, "receipt", 0, 200) : List.of());
        model.addAttribute("priorities", Arrays.stream(Priority.values()).map(Priority::toString).toList());
        model.addAttribute("deliveryModes", DakPageController.DELIVERY_MODES);
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
}
