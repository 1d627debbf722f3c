package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Priority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving files and receipts from their pages: send to a desk (picked by type-ahead), pull back while unopened, park
 * and make active, close (the creating desk, with a remark) and reopen. The same routes serve {@code /files/{id}/…}
 * and {@code /receipts/{id}/…}; the e-Office services decide every rule.
 */
@Controller
public class MovementPageController {

    private static final String KIND = "{kind:files|receipts}";

    private final Eoffice eoffice;
    private final DeskActions actions;
    private final DeskPicker picker;

    public MovementPageController(Eoffice eoffice, DeskActions actions, DeskPicker picker) {
        this.eoffice = eoffice;
        this.actions = actions;
        this.picker = picker;
    }

    @PostMapping("/" + KIND + "/{id}/send")
    public String send(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "") String to,
                       @RequestParam(defaultValue = "") String remarks, @RequestParam(defaultValue = "Normal") String priority,
                       @RequestParam(defaultValue = "") String due, Principal user, HttpSession session, Locale locale,
                       RedirectAttributes redirect) {
        boolean sent = actions.run("send", Map.of("to", to, "remarks", remarks, "due", due), user, session, locale,
                redirect, desk -> {
                    long post = picker.require("to", desk.officeId(), desk.postId(), to, locale);
                    eoffice.movements().send(desk, id, kind(kind), post, remarks.strip(), Priority.parse(priority),
                            DeskActions.date("due", due, true));
                });
        return sent ? "redirect:/desk?folder=sent" : back(kind, id);
    }

    @PostMapping("/" + KIND + "/{id}/pull-back")
    public String pullBack(@PathVariable String kind, @PathVariable UUID id, Principal user, HttpSession session,
                           Locale locale, RedirectAttributes redirect) {
        actions.run("movement", Map.of(), user, session, locale, redirect,
                desk -> eoffice.movements().pullBack(desk, id, kind(kind), ""));
        return back(kind, id);
    }

    @PostMapping("/" + KIND + "/{id}/park")
    public String park(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "") String remarks,
                       Principal user, HttpSession session, Locale locale, RedirectAttributes redirect) {
        actions.run("movement", Map.of("remarks", remarks), user, session, locale, redirect,
                desk -> eoffice.movements().park(desk, id, kind(kind), remarks.strip()));
        return back(kind, id);
    }

    @PostMapping("/" + KIND + "/{id}/activate")
    public String activate(@PathVariable String kind, @PathVariable UUID id, Principal user, HttpSession session,
                           Locale locale, RedirectAttributes redirect) {
        actions.run("movement", Map.of(), user, session, locale, redirect,
                desk -> eoffice.movements().activate(desk, id, kind(kind), ""));
        return back(kind, id);
    }

    @PostMapping("/" + KIND + "/{id}/close")
    public String close(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "") String remarks,
                        Principal user, HttpSession session, Locale locale, RedirectAttributes redirect) {
        actions.run("close", Map.of("remarks", remarks), user, session, locale, redirect,
                desk -> eoffice.movements().close(desk, id, kind(kind), DeskActions.required("remarks", remarks)));
        return back(kind, id);
    }

    @PostMapping("/" + KIND + "/{id}/reopen")
    public String reopen(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "") String remarks,
                         Principal user, HttpSession session, Locale locale, RedirectAttributes redirect) {
        actions.run("movement", Map.of(), user, session, locale, redirect,
                desk -> eoffice.movements().reopen(desk, id, kind(kind), remarks.strip()));
        return back(kind, id);
    }

    private static ItemKind kind(String path) {
        return path.equals("files") ? ItemKind.file : ItemKind.receipt;
    }

    private static String back(String kind, UUID id) {
        return "redirect:/" + kind + "/" + id;
    }
}
