package org.daftar.repository;

import java.util.UUID;

/** No live node has this id (it never existed, or it is in the trash). */
public final class NodeNotFoundException extends RepositoryException {
    private final String nodeId;

    public NodeNotFoundException(UUID id) {
        this(String.valueOf(id));
    }

    public NodeNotFoundException(String nodeId) {
        super("Node '" + nodeId + "' does not exist");
        this.nodeId = nodeId;
    }

    public String nodeId() {
        return nodeId;
    }
}
