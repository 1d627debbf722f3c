package org.daftar.server.web;

import org.daftar.server.security.login.LoginRefusedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

/**
 * The sign-in page; Spring Security handles the form's POST. After a refusal by login protection the page says
 * until when the account is locked, or how long to wait.
 */
@Controller
public class LoginController {

    @GetMapping("/login")
    public String login(@SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false) Object failure,
                        Model model) {
        if (failure instanceof LoginRefusedException refused) {
            model.addAttribute("refusedUntil", refused.until());
            model.addAttribute("retryAfterSeconds", refused.retryAfterSeconds());
        }
        return "login";
    }
}
