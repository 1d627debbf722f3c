package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.daftar.eoffice.Eoffice;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drafts for approval in a file: write one (optionally in reply to a receipt in the file), edit it (a new version),
 * approve it (a desk above the author that the file reached after the draft was written), issue it with the office's
 * next dispatch number, which the page then shows.
 */
@Controller
public class DraftPageController {

    private final Eoffice eoffice;
    private final DeskActions actions;

    public DraftPageController(Eoffice eoffice, DeskActions actions) {
        this.eoffice = eoffice;
        this.actions = actions;
    }

    @PostMapping("/files/{id}/drafts")
    public String create(@PathVariable UUID id, @RequestParam(defaultValue = "") String subject,
                         @RequestParam(defaultValue = "") String addressee, @RequestParam(defaultValue = "") String text,
                         @RequestParam(defaultValue = "") String replyTo, Principal user, HttpSession session,
                         Locale locale, RedirectAttributes redirect) {
        actions.run("draft", Map.of("subject", subject, "addressee", addressee, "text", text), user, session, locale,
                redirect, desk -> eoffice.drafts().create(desk, id, DeskActions.required("subject", subject),
                        addressee.strip(), DeskActions.required("text", text),
                        replyTo.isBlank() ? null : UUID.fromString(replyTo)));
        return "redirect:/files/" + id + "#drafts";
    }

    @PostMapping("/files/{id}/drafts/{draftId}/edit")
    public String edit(@PathVariable UUID id, @PathVariable UUID draftId, @RequestParam(defaultValue = "") String text,
                       Principal user, HttpSession session, Locale locale, RedirectAttributes redirect) {
        actions.run("draft-" + draftId, Map.of("text", text), user, session, locale, redirect,
                desk -> eoffice.drafts().edit(desk, draftId, DeskActions.required("text", text)));
        return "redirect:/files/" + id + "#drafts";
    }

    @PostMapping("/files/{id}/drafts/{draftId}/approve")
    public String approve(@PathVariable UUID id, @PathVariable UUID draftId, Principal user, HttpSession session,
                          Locale locale, RedirectAttributes redirect) {
        actions.run("draft-" + draftId, Map.of(), user, session, locale, redirect,
                desk -> eoffice.drafts().approve(desk, draftId));
        return "redirect:/files/" + id + "#drafts";
    }

    @PostMapping("/files/{id}/drafts/{draftId}/issue")
    public String issue(@PathVariable UUID id, @PathVariable UUID draftId, @RequestParam(defaultValue = "Post") String mode,
                        Principal user, HttpSession session, Locale locale, RedirectAttributes redirect) {
        actions.run("draft-" + draftId, Map.of(), user, session, locale, redirect,
                desk -> redirect.addFlashAttribute("dispatched", eoffice.drafts().issue(desk, draftId, mode).dispatchNumber()));
        return "redirect:/files/" + id + "#drafts";
    }
}
