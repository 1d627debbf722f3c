package org.daftar.cmis.objects;

import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.daftar.cmis.versioning.CheckOut;
import org.daftar.cmis.versioning.CheckOuts;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeService;

/**
 * Resolves object ids to what they name, for one user: an object the user may not read is reported as not found,
 * exactly like one that does not exist, so CMIS never reveals that a Confidential receipt is there.
 */
public final class Subjects {

    private final NodeService nodes;
    private final CheckOuts checkOuts;
    private final Permissions permissions;

    public Subjects(NodeService nodes, CheckOuts checkOuts, Permissions permissions) {
        this.nodes = nodes;
        this.checkOuts = checkOuts;
        this.permissions = permissions;
    }

    public Subject resolve(String objectId, String user) {
        ObjectId id = ObjectId.parse(objectId);
        Node node = readable(id, user);
        if (node.folder()) {
            if (id.label() != null) {
                throw notFound(objectId);
            }
            return Subject.latest(node, null);
        }
        CheckOut checkOut = checkOuts.find(node.id()).orElse(null);
        if (id.isPwc()) {
            if (checkOut == null) {
                throw new CmisObjectNotFoundException("Object '" + objectId + "' does not exist: the document is not checked out");
            }
            return new Subject(node, null, checkOut, true);
        }
        if (id.label() == null || id.label().equals(node.versionLabel())) {
            return Subject.latest(node, checkOut);
        }
        try {
            return new Subject(node, nodes.version(node.id(), id.label(), user), checkOut, false);
        } catch (RuntimeException e) {
            throw notFound(objectId);
        }
    }

    /** A node by its id, if the user may read it. */
    public Node readable(ObjectId id, String user) {
        Node node;
        try {
            node = nodes.get(id.node(), user);
        } catch (org.daftar.repository.NodeNotFoundException e) {
            throw notFound(id.toString());
        }
        if (!permissions.canRead(user, node)) {
            throw notFound(id.toString());
        }
        return node;
    }

    /** The subject for a node listed in a folder or found by a query: its latest version. */
    public Subject latest(Node node) {
        return Subject.latest(node, node.folder() ? null : checkOuts.find(node.id()).orElse(null));
    }

    /** The subjects for a page of listed nodes, their check-outs read in one query. */
    public java.util.List<Subject> latest(java.util.List<Node> nodes) {
        var checkedOut = checkOuts.findAll(nodes.stream().filter(n -> !n.folder()).map(Node::id).toList());
        return nodes.stream().map(node -> Subject.latest(node, checkedOut.get(node.id()))).toList();
    }

    private static CmisObjectNotFoundException notFound(String objectId) {
        return new CmisObjectNotFoundException("Object '" + objectId + "' does not exist or you may not read it");
    }
}
