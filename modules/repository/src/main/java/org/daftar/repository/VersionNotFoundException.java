package org.daftar.repository;

import java.util.UUID;

/** The document has no version with this label. */
public final class VersionNotFoundException extends RepositoryException {
    public VersionNotFoundException(UUID nodeId, String label) {
        super("Node '" + nodeId + "' has no version '" + label + "'");
    }
}
