package org.daftar.repository;

/** The operation does not fit the node: content on a folder, children under a document, deleting the root... */
public final class IllegalNodeOperationException extends RepositoryException {
    public IllegalNodeOperationException(String message) {
        super(message);
    }
}
