package org.daftar.repository;

/** A type or aspect name that the content model does not define, or one that cannot be used here. */
public final class UnknownTypeException extends RepositoryException {
    public UnknownTypeException(String message) {
        super(message);
    }
}
