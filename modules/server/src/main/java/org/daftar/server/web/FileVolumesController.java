package org.daftar.server.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.EofficeException;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.efile.EFile;
import org.daftar.repository.RepositoryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening the next volume and a part file from a file's page. The new file opens at once; a refusal (not the holder,
 * a part file's own volume, a number already taken) comes back to the file's page inside its volumes section.
 */
@Controller
public class FileVolumesController {

    private final Eoffice eoffice;
    private final ActingDeskChoice actingDesk;
    private final WebProblems problems;

    public FileVolumesController(Eoffice eoffice, ActingDeskChoice actingDesk, WebProblems problems) {
        this.eoffice = eoffice;
        this.actingDesk = actingDesk;
        this.problems = problems;
    }

    @PostMapping("/files/{id}/volumes")
    public String openVolume(@PathVariable UUID id, Principal user, HttpSession session, Locale locale, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        return open(id, user, session, new Answer(locale, model, response, redirect),
                desk -> eoffice.files().newVolume(desk, id));
    }

    @PostMapping("/files/{id}/parts")
    public String openPart(@PathVariable UUID id, Principal user, HttpSession session, Locale locale, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        return open(id, user, session, new Answer(locale, model, response, redirect),
                desk -> eoffice.files().newPart(desk, id));
    }

    /** Where the answer goes: the new file, the file's page with the refusal, or a not-found page. */
    private record Answer(Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    }

    private String open(UUID id, Principal user, HttpSession session, Answer answer,
                        Function<ActingDesk, EFile> opening) {
        try {
            EFile opened = opening.apply(actingDesk.of(user, session));
            answer.redirect().addFlashAttribute("opened", opened.item().number());
            return "redirect:/files/" + opened.item().nodeId();
        } catch (EofficeNotFoundException e) {
            // A file the user may not read has no page to go back to.
            answer.response().setStatus(HttpServletResponse.SC_NOT_FOUND);
            answer.model().addAttribute("problem", problems.of(e, answer.locale()));
            return "problem";
        } catch (EofficeException | RepositoryException e) {
            answer.redirect().addFlashAttribute("problem", problems.of(e, answer.locale()));
            answer.redirect().addFlashAttribute("problemForm", "volumes");
            return "redirect:/files/" + id;
        }
    }
}
