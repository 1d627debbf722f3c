package org.daftar.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.daftar.eoffice.DeskNotHeldException;
import org.daftar.eoffice.EofficeException;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.RepositoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals on the web pages become a page in the reader's language, never a stack trace. Ordered first: the API's
 * {@code ApiErrors} advises every controller and would otherwise answer a web page with problem JSON.
 */
@ControllerAdvice(basePackageClasses = WebErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebErrors {

    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

    private final WebProblems problems;
    private final MessageSource messages;

    public WebErrors(WebProblems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler({NodeNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RuntimeException e, Locale locale, Model model) {
        model.addAttribute("problem", problems.of(e instanceof NodeNotFoundException ? e
                : new NodeNotFoundException(String.valueOf(((MethodArgumentTypeMismatchException) e).getValue())), locale));
        return "problem";
    }

    @ExceptionHandler(EofficeNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String eofficeNotFound(EofficeNotFoundException e, Locale locale, Model model) {
        model.addAttribute("problem", problems.of(e, locale));
        return "problem";
    }

    @ExceptionHandler(DeskNotHeldException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String deskNotHeld(DeskNotHeldException e, Locale locale, Model model) {
        model.addAttribute("problem", problems.of(e, locale));
        return "problem";
    }

    /** A change the reader may see but not make: 403, with why. */
    @ExceptionHandler(org.daftar.repository.AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(RuntimeException e, Locale locale, Model model) {
        model.addAttribute("problem", problems.of(e, locale));
        return "problem";
    }

    @ExceptionHandler({RepositoryException.class, EofficeException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(RuntimeException e, Locale locale, Model model) {
        model.addAttribute("problem", problems.of(e, locale));
        return "problem";
    }

    /**
     * A form or query the container could not decode (a byte that is not UTF-8) or an upload that cannot be read:
     * 400 with what was wrong, not the unexpected-failure page.
     */
    @ExceptionHandler({org.apache.tomcat.util.http.InvalidParameterException.class,
            org.daftar.server.transfer.MalformedUploadException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(RuntimeException e, Locale locale, Model model) {
        model.addAttribute("problem", e instanceof org.daftar.server.transfer.MalformedUploadException
                ? problems.of(e, locale)
                : new WebProblems.Problem(messages.getMessage("problem.invalidRequest", null, locale),
                        List.of(messages.getMessage("problem.notUtf8", null, locale))));
        return "problem";
    }

    /**
     * Anything unexpected: a page that says so, with a reference to quote; the details go to the log only. Spring's own
     * refusals of a request (a missing parameter, a wrong method) keep their status and say what was wrong.
     */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Locale locale, Model model, HttpServletResponse response) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            response.setStatus(refusal.getStatusCode().value());
            model.addAttribute("problem", new WebProblems.Problem(
                    messages.getMessage("problem.invalidRequest", null, locale), List.of(e.getMessage())));
            return "problem";
        }
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        String reference = java.util.UUID.randomUUID().toString();
        log.error("Unexpected failure on a web page, reference {}", reference, e);
        model.addAttribute("problem", new WebProblems.Problem(
                messages.getMessage("problem.unexpected", null, locale), List.of(reference)));
        return "problem";
    }
}
