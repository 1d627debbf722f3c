package org.daftar.repository;

/**
 * A request the repository refuses. Sealed so that each surface translates every kind explicitly; messages name
 * the bad value and are fit to show to the person who sent it.
 */
public abstract sealed class RepositoryException extends RuntimeException
        permits NodeNotFoundException, NameConflictException, InvalidPropertiesException, ContentTooLargeException,
        UnknownTypeException, IllegalNodeOperationException, VersionNotFoundException, AccessDeniedException {

    protected RepositoryException(String message) {
        super(message);
    }

    protected RepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
