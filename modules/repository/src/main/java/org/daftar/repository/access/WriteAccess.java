package org.daftar.repository.access;

import org.daftar.repository.node.Node;

/**
 * Who may change a node: the write rule beside {@link ReadAccess}, asked by the repository's
 * {@link org.daftar.repository.node.NodeService} before every change a surface (REST, CMIS, web, uploads, imports)
 * makes, so no surface has its own check that another could skip. It is asked only about nodes the caller may read:
 * an unreadable node is refused as not found before any write rule is consulted.
 *
 * <p>The repository ships {@link OwnerWriteAccess}; the e-Office module supplies its own rule for its items and falls
 * back to the owner rule for everything else.
 */
public interface WriteAccess {

    /** Whether {@code username} may apply {@code operation} to {@code node}. */
    WriteDecision decide(String username, WriteOperation operation, Node node);
}
