package org.daftar.server.web;

import java.util.Locale;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.RepositoryException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Refusals on the web pages become a page in the reader's language, never a stack trace. */
@ControllerAdvice(basePackageClasses = WebErrors.class)
public class WebErrors {

    private final WebProblems problems;

    public WebErrors(WebProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NodeNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RuntimeException e, Locale locale, Model model) {
        model.addAttribute("problem", problems.of(e instanceof NodeNotFoundException ? e
                : new NodeNotFoundException(String.valueOf(((MethodArgumentTypeMismatchException) e).getValue())), locale));
        return "problem";
    }

    @ExceptionHandler(RepositoryException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(RepositoryException e, Locale locale, Model model) {
        model.addAttribute("problem", problems.of(e, locale));
        return "problem";
    }
}
