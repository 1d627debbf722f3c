package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.EofficeException;
import org.daftar.repository.RepositoryException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs one action of a desk from a posted form and reports back to the page it came from: on success a notice, on
 * refusal the message inside that form (flash attribute {@code problemForm} names it) — a field the page refused
 * ({@link FieldRefusal}) next to that field, a rule of the e-Office as a headline with its detail — and what was typed,
 * so nothing has to be typed again. Nothing is half-done: each service action is one transaction.
 */
@Component
public class DeskActions {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final ActingDeskChoice actingDesk;
    private final WebProblems problems;

    public DeskActions(ActingDeskChoice actingDesk, WebProblems problems) {
        this.actingDesk = actingDesk;
        this.problems = problems;
    }

    /** Runs {@code action} for the user's acting desk; returns whether it was done. */
    public boolean run(String form, Map<String, String> typed, Principal user, HttpSession session, Locale locale,
                       RedirectAttributes redirect, Consumer<ActingDesk> action) {
        try {
            action.accept(actingDesk.of(user, session));
            redirect.addFlashAttribute("done", true);
            return true;
        } catch (FieldRefusal refusal) {
            redirect.addFlashAttribute("fieldProblems", Map.of(form + "." + refusal.field(),
                    problems.text(refusal.messageKey(), refusal.arguments(), locale)));
        } catch (EofficeException | RepositoryException e) {
            redirect.addFlashAttribute("problem", problems.of(e, locale));
        }
        redirect.addFlashAttribute("problemForm", form);
        redirect.addFlashAttribute("typed", typed);
        return false;
    }

    /** A date from an {@code <input type=date>}, or {@code null} when blank; with {@code future}, not before today. */
    static LocalDate date(String field, String value, boolean future) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new FieldRefusal(field, "form.notADate", value);
        }
        if (future && date.isBefore(LocalDate.now(INDIA))) {
            throw new FieldRefusal(field, "form.dateInPast", date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        return date;
    }

    /** Refuses a blank required field. */
    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FieldRefusal(field, "form.required");
        }
        return value.strip();
    }
}
