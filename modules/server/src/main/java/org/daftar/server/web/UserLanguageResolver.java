package org.daftar.server.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.daftar.repository.user.UserAccounts;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The interface language: the one a signed-in user chose (kept with the account, so it follows them to any PC),
 * else a cookie set on the login page, else Hindi if the browser asks for it first, else English.
 */
public final class UserLanguageResolver implements LocaleResolver {

    static final String COOKIE = "daftar-language";
    static final Set<String> LANGUAGES = Set.of("en", "hi");

    private static final String CACHED = UserLanguageResolver.class.getName() + ".locale";

    private final UserAccounts accounts;

    public UserLanguageResolver(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CACHED) instanceof Locale cached) {
            return cached;
        }
        Locale locale = Locale.forLanguageTag(languageOf(request));
        request.setAttribute(CACHED, locale);
        return locale;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String language = locale != null && LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        response.addCookie(cookie);
        String user = signedInUser();
        if (user != null) {
            accounts.setLanguage(user, language);
        }
        request.setAttribute(CACHED, Locale.forLanguageTag(language));
    }

    private String languageOf(HttpServletRequest request) {
        String user = signedInUser();
        if (user != null) {
            return accounts.language(user).orElse("en");
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        Locale preferred = request.getLocale();
        return preferred != null && "hi".equals(preferred.getLanguage()) ? "hi" : "en";
    }

    private static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}
