package org.daftar.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch on every page (and on the login page). */
@Controller
public class LanguageController {

    private final LocaleResolver locales;

    public LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    /**
     * Switches to {@code lang} and returns to {@code back}, a path within Daftar (anything else returns home, so the
     * switch cannot be used to send people to another site).
     */
    @PostMapping("/language")
    public String switchLanguage(@RequestParam String lang, @RequestParam(defaultValue = "/") String back,
                                 HttpServletRequest request, HttpServletResponse response) {
        if (UserLanguageResolver.LANGUAGES.contains(lang)) {
            locales.setLocale(request, response, Locale.forLanguageTag(lang));
        }
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (local ? back : "/");
    }
}
