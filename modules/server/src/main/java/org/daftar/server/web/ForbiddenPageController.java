package org.daftar.server.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page a signed-in user sees when the security configuration refuses a page to them (administrators' pages: the
 * record-room import runs, the audit register): one place for the rule's answer, in the reader's language.
 */
@Controller
public class ForbiddenPageController {

    private final MessageSource messages;

    public ForbiddenPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String forbidden(Locale locale, Model model) {
        model.addAttribute("problem", new WebProblems.Problem(
                messages.getMessage("problem.adminsOnly", null, locale), List.of()));
        return "problem";
    }
}
