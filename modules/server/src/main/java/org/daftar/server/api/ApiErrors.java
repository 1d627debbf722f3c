package org.daftar.server.api;

import java.io.UncheckedIOException;
import java.util.UUID;
import org.daftar.repository.ContentTooLargeException;
import org.daftar.repository.IllegalNodeOperationException;
import org.daftar.repository.InvalidPropertiesException;
import org.daftar.repository.NameConflictException;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.RepositoryException;
import org.daftar.repository.UnknownTypeException;
import org.daftar.repository.VersionNotFoundException;
import org.daftar.server.transfer.MalformedUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where refusals become HTTP answers: RFC 9457 problem documents whose {@code detail} names the
 * bad value, and for invalid properties a {@code violations} list with one entry per problem. No stack trace
 * ever reaches a client; unexpected failures are logged with a reference the client can quote.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(RepositoryException.class)
    ProblemDetail refused(RepositoryException e) {
        HttpStatus status = switch (e) {
            case NodeNotFoundException n -> HttpStatus.NOT_FOUND;
            case VersionNotFoundException v -> HttpStatus.NOT_FOUND;
            case NameConflictException n -> HttpStatus.CONFLICT;
            case IllegalNodeOperationException i -> HttpStatus.CONFLICT;
            case InvalidPropertiesException i -> HttpStatus.BAD_REQUEST;
            case UnknownTypeException u -> HttpStatus.BAD_REQUEST;
            case ContentTooLargeException c -> HttpStatus.CONTENT_TOO_LARGE;
            case org.daftar.repository.AccessDeniedException a -> HttpStatus.FORBIDDEN;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        if (e instanceof InvalidPropertiesException invalid) {
            problem.setProperty("violations", invalid.violations());
        }
        if (e instanceof ContentTooLargeException tooLarge) {
            problem.setProperty("limitBytes", tooLarge.limitBytes());
        }
        return problem;
    }

    @ExceptionHandler(org.daftar.eoffice.EofficeException.class)
    ProblemDetail eofficeRefused(org.daftar.eoffice.EofficeException e) {
        HttpStatus status = switch (e) {
            case org.daftar.eoffice.EofficeNotFoundException n -> HttpStatus.NOT_FOUND;
            case org.daftar.eoffice.RuleViolationException r -> HttpStatus.CONFLICT;
            case org.daftar.eoffice.InvalidRequestException i -> HttpStatus.BAD_REQUEST;
            case org.daftar.eoffice.DeskNotHeldException d -> HttpStatus.FORBIDDEN;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        if (e instanceof org.daftar.eoffice.RuleViolationException rule) {
            rule.details().forEach(problem::setProperty);
        }
        return problem;
    }

    /** A rule the database enforces (e.g. a green note's node changed through the generic node API). */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail databaseRefused(org.springframework.dao.DataIntegrityViolationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Refused: " + org.daftar.eoffice.DatabaseRefusals.reason(e));
    }

    @ExceptionHandler({BadRequestException.class, MalformedUploadException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * A form or query parameter the container could not decode (e.g. {@code name=%FF}, not UTF-8). Query strings
     * are checked before this by {@code QueryStringCheck}; this catches form bodies.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ProblemDetail undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException e) {
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("Parameter \\[([^\\]]*)\\]").matcher(
                String.valueOf(e.getMessage()));
        String which = name.find() ? "Parameter '" + name.group(1) + "'" : "A parameter";
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, which
                + " is not valid UTF-8 text; send names and values encoded as UTF-8");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this");
    }

    @ExceptionHandler(UncheckedIOException.class)
    ProblemDetail interrupted(UncheckedIOException e) {
        log.warn("I/O failure while handling a request: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The transfer was interrupted; nothing was stored. Send it again.");
    }

    @ExceptionHandler(org.daftar.ocr.input.UnreadableScanException.class)
    ProblemDetail unreadableScan(org.daftar.ocr.input.UnreadableScanException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(org.daftar.ocr.recordroom.ImportRefusedException.class)
    ProblemDetail importRefused(org.daftar.ocr.recordroom.ImportRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(org.daftar.ocr.recordroom.ImportNotFoundException.class)
    ProblemDetail importNotFound(org.daftar.ocr.recordroom.ImportNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(org.daftar.search.query.InvalidQueryException.class)
    ProblemDetail invalidQuery(org.daftar.search.query.InvalidQueryException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(org.daftar.search.index.ReindexRunningException.class)
    ProblemDetail reindexRunning(org.daftar.search.index.ReindexRunningException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("running", e.running());
        return problem;
    }

    @ExceptionHandler(org.daftar.search.solr.SearchUnavailableException.class)
    ProblemDetail searchUnavailable(org.daftar.search.solr.SearchUnavailableException e) {
        log.warn("Search unavailable: {}", e.getMessage(), e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Search is unavailable right now; try again shortly");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; quote reference " + reference + " to the administrator");
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String expected = e.getRequiredType() == UUID.class ? "a node id (UUID)"
                : e.getRequiredType() == null ? "another value" : e.getRequiredType().getSimpleName().toLowerCase();
        String name = e.getPropertyName() == null ? "parameter" : "'" + e.getPropertyName() + "'";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                name + " must be " + expected + ", not '" + e.getValue() + "'");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        String detail = cause instanceof tools.jackson.core.JacksonException jackson
                ? jackson.getOriginalMessage() : "the request body is missing or unreadable";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid JSON: " + detail);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
