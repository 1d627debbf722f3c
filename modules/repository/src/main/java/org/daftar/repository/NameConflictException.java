package org.daftar.repository;

/** A live node of the same name (ignoring case) already exists in the folder. */
public final class NameConflictException extends RepositoryException {
    public NameConflictException(String name, String folderId) {
        super("A node named '" + name + "' already exists in folder '" + folderId + "'");
    }
}
