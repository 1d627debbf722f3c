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
import org.slf4j.LoggerFactory;

/**
 * The one translator of repository exceptions into CMIS exceptions, around the whole service: the message names
 * what was wrong and the cause is kept; an unexpected failure is logged here and reported without its stack trace.
 */
final class ErrorTranslation implements InvocationHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorTranslation.class);

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
            default -> {
                log.error("CMIS call failed unexpectedly", failure);
                yield new CmisRuntimeException("Internal error: " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
            }
        };
    }
}
