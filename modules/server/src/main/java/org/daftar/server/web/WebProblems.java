package org.daftar.server.web;

import java.util.List;
import java.util.Locale;
import org.daftar.eoffice.DeskNotHeldException;
import org.daftar.eoffice.EofficeException;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.RuleViolationException;
import org.daftar.repository.ContentTooLargeException;
import org.daftar.repository.IllegalNodeOperationException;
import org.daftar.repository.InvalidPropertiesException;
import org.daftar.repository.NameConflictException;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.RepositoryException;
import org.daftar.repository.UnknownTypeException;
import org.daftar.repository.VersionNotFoundException;
import org.daftar.server.transfer.MalformedUploadException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The web pages' translator of refusals into messages for people, in their language: a headline per kind of
 * refusal, and for invalid properties one line per field with the field's label.
 */
@Component
public class WebProblems {

    private final MessageSource messages;
    private final ModelLabels labels;

    public WebProblems(MessageSource messages, ModelLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /** A refusal as a headline and detail lines. */
    public record Problem(String headline, List<String> details) {
    }

    public Problem of(RuntimeException e, Locale locale) {
        if (e instanceof InvalidPropertiesException invalid) {
            return new Problem(text("problem.invalidProperties", locale), invalid.violations().stream()
                    .map(v -> labels.property(v.property(), locale) + ": " + v.message())
                    .toList());
        }
        String key = switch (e) {
            case EofficeException o -> switch (o) {
                case EofficeNotFoundException n -> "problem.notFound";
                case RuleViolationException r -> "problem.rule";
                case InvalidRequestException i -> "problem.invalidRequest";
                case DeskNotHeldException d -> "problem.deskNotHeld";
            };
            case RepositoryException r -> switch (r) {
                case NodeNotFoundException n -> "problem.notFound";
                case VersionNotFoundException v -> "problem.notFound";
                case NameConflictException n -> "problem.nameConflict";
                case ContentTooLargeException c -> "problem.tooLarge";
                case UnknownTypeException u -> "problem.unknownType";
                case IllegalNodeOperationException i -> "problem.notAllowed";
                case InvalidPropertiesException i -> "problem.invalidProperties";
                case org.daftar.repository.AccessDeniedException a -> "problem.accessDenied";
            };
            case MalformedUploadException m -> "problem.badUpload";
            default -> "problem.unexpected";
        };
        return new Problem(text(key, locale), List.of(e.getMessage()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A message of the page's own (a field refusal) in the reader's language. */
    public String text(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
