package org.daftar.repository;

/**
 * The caller may read the node but not make this change. Surfaces answer 403 (CMIS {@code permissionDenied}) with the
 * message, which says why and who may; a caller who may not even read the node gets {@link NodeNotFoundException}
 * instead, so that nothing about the node leaks.
 */
public final class AccessDeniedException extends RepositoryException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
