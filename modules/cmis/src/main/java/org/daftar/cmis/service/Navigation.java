package org.daftar.cmis.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderContainer;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderList;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.data.ObjectParentData;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectInFolderContainerImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectInFolderDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectInFolderListImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectListImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectParentDataImpl;
import org.daftar.cmis.objects.Filter;
import org.daftar.cmis.objects.ObjectId;
import org.daftar.cmis.objects.Subject;
import org.daftar.cmis.versioning.CheckOut;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.Page;

/**
 * Folder navigation for one user: children, descendants, folder tree, parents, paths and checked-out documents.
 * Nodes the user may not read are left out before paging, so counts and pages agree.
 */
final class Navigation {

    private static final int BATCH = 500;

    private final CmisParts parts;
    private final String user;

    Navigation(CmisParts parts, String user) {
        this.parts = parts;
        this.user = user;
    }

    /**
     * One page of a folder's readable children, in the repository's order (folders first, then by name). When the
     * access rule has a SQL form the database filters, orders and pages, and counts the total; otherwise children
     * are read in batches and filtered here, stopping at the first readable child past the page (total left out).
     */
    ObjectInFolderList children(String folderId, Filter filter, boolean actions, boolean pathSegment, int max, int skip) {
        Node folder = folder(folderId);
        Page<Node> paged = parts.nodes().children(folder.id(), user, skip, max);
        List<ObjectInFolderData> page = new ArrayList<>();
        for (Subject child : parts.subjects().latest(paged.items())) {
            ObjectInFolderDataImpl data = new ObjectInFolderDataImpl(parts.objects().build(child, user, filter,
                    actions, false));
            if (pathSegment) {
                data.setPathSegment(child.node().name());
            }
            page.add(data);
        }
        ObjectInFolderListImpl list = new ObjectInFolderListImpl();
        list.setObjects(page);
        list.setNumItems(BigInteger.valueOf(paged.totalItems()));
        list.setHasMoreItems(paged.hasMoreItems());
        return list;
    }

    List<ObjectInFolderContainer> descendants(String folderId, int depth, Filter filter, boolean actions,
                                              boolean pathSegment, boolean foldersOnly) {
        return descend(folder(folderId), depth, filter, actions, pathSegment, foldersOnly);
    }

    private List<ObjectInFolderContainer> descend(Node folder, int depth, Filter filter, boolean actions,
                                                  boolean pathSegment, boolean foldersOnly) {
        List<ObjectInFolderContainer> result = new ArrayList<>();
        for (Node child : readableChildren(folder)) {
            if (foldersOnly && !child.folder()) {
                continue;
            }
            ObjectInFolderContainerImpl container = new ObjectInFolderContainerImpl();
            container.setObject(inFolder(child, filter, actions, pathSegment));
            if (child.folder() && (depth < 0 || depth > 1)) {
                container.setChildren(descend(child, depth < 0 ? -1 : depth - 1, filter, actions, pathSegment, foldersOnly));
            }
            result.add(container);
        }
        return result;
    }

    List<ObjectParentData> parents(String objectId, Filter filter, boolean actions, boolean pathSegment) {
        Subject subject = parts.subjects().resolve(objectId, user);
        if (subject.node().folder() && subject.node().parentId() == null) {
            return List.of();
        }
        Node parent = parent(subject.node());
        ObjectParentDataImpl data = new ObjectParentDataImpl(parts.objects().build(parts.subjects().latest(parent),
                user, filter, actions, false));
        if (pathSegment) {
            data.setRelativePathSegment(subject.node().name());
        }
        return List.of(data);
    }

    ObjectData folderParent(String folderId, Filter filter) {
        Node folder = folder(folderId);
        if (folder.parentId() == null) {
            throw new CmisInvalidArgumentException("The root folder has no parent");
        }
        return parts.objects().build(parts.subjects().latest(parent(folder)), user, filter, false, false);
    }

    ObjectList checkedOut(String folderId, Filter filter, boolean actions, int max, int skip) {
        UUID inFolder = folderId == null ? null : folder(folderId).id();
        List<ObjectData> all = new ArrayList<>();
        for (CheckOut checkOut : parts.checkOuts().all(user)) {
            try {
                Node node = parts.nodes().get(checkOut.nodeId(), user);
                if ((inFolder == null || inFolder.equals(node.parentId())) && parts.permissions().canRead(user, node)) {
                    all.add(parts.objects().build(new Subject(node, null, checkOut, true), user, filter, actions, false));
                }
            } catch (NodeNotFoundException e) {
                // deleted while checked out: nothing to list
            }
        }
        ObjectListImpl list = new ObjectListImpl();
        list.setObjects(all.subList(Math.min(skip, all.size()), Math.min(all.size(), skip + max)));
        list.setNumItems(BigInteger.valueOf(all.size()));
        list.setHasMoreItems(skip + max < all.size());
        return list;
    }

    /** Resolves {@code /a/b/c} name by name from the root, ignoring case as names in a folder do. */
    Node byPath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new CmisInvalidArgumentException("A path starts with '/': " + path);
        }
        Node current = parts.nodes().root(user);
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Node parent = current;
            current = parts.nodes().child(parent.id(), segment, user)
                    .orElseThrow(() -> new CmisObjectNotFoundException("Path '" + path + "' does not exist"));
        }
        return current;
    }

    boolean visibleInChangeLog(UUID nodeId) {
        return parts.nodes().changeVisible(nodeId, user);
    }

    void endCheckOutsBelow(Node folder) {
        for (Node child : allChildren(folder)) {
            if (child.folder()) {
                endCheckOutsBelow(child);
            } else {
                parts.checkOuts().end(child.id());
            }
        }
    }

    private ObjectInFolderData inFolder(Node node, Filter filter, boolean actions, boolean pathSegment) {
        ObjectInFolderDataImpl data = new ObjectInFolderDataImpl(parts.objects().build(parts.subjects().latest(node),
                user, filter, actions, false));
        if (pathSegment) {
            data.setPathSegment(node.name());
        }
        return data;
    }

    private Node folder(String folderId) {
        Node folder = parts.subjects().readable(ObjectId.parse(folderId), user);
        if (!folder.folder()) {
            throw new CmisInvalidArgumentException("Object '" + folderId + "' is not a folder");
        }
        return folder;
    }

    private Node parent(Node node) {
        return parts.nodes().get(node.parentId(), user);
    }

    private List<Node> readableChildren(Node folder) {
        return allChildren(folder).stream().filter(n -> parts.permissions().canRead(user, n)).toList();
    }

    private List<Node> allChildren(Node folder) {
        List<Node> all = new ArrayList<>();
        for (int offset = 0; ; offset += BATCH) {
            Page<Node> batch = parts.nodes().children(folder.id(), user, offset, BATCH);
            all.addAll(batch.items());
            if (!batch.hasMoreItems()) {
                return all;
            }
        }
    }
}
