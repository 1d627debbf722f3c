package org.daftar.cmis.service;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisStorageException;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.server.ObjectInfoHandler;
import org.daftar.repository.ContentTooLargeException;
import org.daftar.repository.IllegalNodeOperationException;
import org.daftar.repository.InvalidPropertiesException;
import org.daftar.repository.NameConflictException;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.RepositoryException;
import org.daftar.repository.UnknownTypeException;
import org.daftar.repository.VersionNotFoundException;
import org.slf4j.Logger;
import org.springframework.dao.DataAccessException;
import org.slf4j.LoggerFactory;

/**
 * The one translator of repository exceptions into CMIS exceptions, around the whole service: the message names
 * what was wrong and the cause is kept. A database failure or any other unexpected one is logged here (at WARN, its
 * message cut short, since a database message can carry a whole statement) and reported to the client with a short
 * generic message and a reference to find it in the log: never SQL, class names or a stack trace.
 */
final class ErrorTranslation implements InvocationHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorTranslation.class);

    /** The most characters of a failure's message written to the log. */
    static final int LOGGED_MESSAGE_LIMIT = 500;

    private final CmisService target;

    private ErrorTranslation(CmisService target) {
        this.target = target;
    }

    static CmisService around(CmisService service) {
        return (CmisService) Proxy.newProxyInstance(CmisService.class.getClassLoader(),
                new Class<?>[] {CmisService.class, ObjectInfoHandler.class}, new ErrorTranslation(service));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof org.apache.chemistry.opencmis.commons.exceptions.CmisNotSupportedException) {
                log.info("CMIS client called {}, which Daftar does not support", method.getName());
            }
            throw translate(e.getCause());
        }
    }

    static RuntimeException translate(Throwable failure) {
        return switch (failure) {
            case CmisBaseException cmis -> cmis;
            case RepositoryException repository -> switch (repository) {
                case NodeNotFoundException e -> new CmisObjectNotFoundException(e.getMessage(), e);
                case VersionNotFoundException e -> new CmisObjectNotFoundException(e.getMessage(), e);
                case NameConflictException e -> new CmisNameConstraintViolationException(e.getMessage(), e);
                case InvalidPropertiesException e -> new CmisConstraintException(e.getMessage(), e);
                case UnknownTypeException e -> new CmisInvalidArgumentException(e.getMessage(), e);
                case IllegalNodeOperationException e -> new CmisConstraintException(e.getMessage(), e);
                case ContentTooLargeException e -> new CmisConstraintException(e.getMessage(), e);
                case org.daftar.repository.AccessDeniedException e -> new CmisPermissionDeniedException(e.getMessage(), e);
                default -> new CmisRuntimeException(repository.getMessage(), repository);
            };
            case IllegalArgumentException e -> new CmisInvalidArgumentException(e.getMessage(), e);
            case UncheckedIOException e -> new CmisStorageException(e.getMessage(), e);
            case StackOverflowError e -> {
                log.warn("CMIS request too deeply nested: {}", e.getClass().getSimpleName());
                yield new CmisInvalidArgumentException("The request is nested too deeply; simplify it");
            }
            default -> unexpected(failure);
        };
    }

    /**
     * A failure the client cannot fix, answered with a reference to the log only; no cause is attached, so that no
     * binding can render the original message. A database failure is logged at WARN with its message bounded and no
     * stack trace (the message is the statement); anything else is a defect, logged with its stack trace.
     */
    private static CmisRuntimeException unexpected(Throwable failure) {
        String reference = Long.toString(System.nanoTime() & 0xffffffL, 36);
        if (failure instanceof DataAccessException) {
            log.warn("CMIS call failed in the database [ref {}]: {}", reference, bounded(failure));
            return new CmisRuntimeException("The repository could not answer this request (reference " + reference
                    + " in the server log)");
        }
        log.error("CMIS call failed unexpectedly [ref {}]", reference, failure);
        return new CmisRuntimeException("Internal error (reference " + reference + " in the server log)");
    }

    /** The failure's class and message, the message cut at {@link #LOGGED_MESSAGE_LIMIT} characters. */
    static String bounded(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.length() > LOGGED_MESSAGE_LIMIT) {
            message = message.substring(0, LOGGED_MESSAGE_LIMIT) + "… (" + message.length() + " characters)";
        }
        return failure.getClass().getName() + ": " + message;
    }
}
