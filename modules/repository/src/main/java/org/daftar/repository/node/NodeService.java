package org.daftar.repository.node;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.daftar.repository.AccessDeniedException;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.access.WriteAccess;
import org.daftar.repository.access.WriteDecision;
import org.daftar.repository.access.WriteOperation;
import org.daftar.repository.audit.AuditEvent;
import org.daftar.repository.content.ContentInfo;
import org.daftar.repository.version.Version;

/**
 * The repository's one way in for every surface: the {@link NodeStore}'s operations, each for a named user and
 * decided by the read rule and the write rule first. A node the user may not read is answered exactly as a missing
 * one ({@link NodeNotFoundException}), for reads and writes alike; a change the user may read but not make is refused
 * with {@link AccessDeniedException} saying why. REST, CMIS, the web pages, uploads and imports all hold this class,
 * never the store, so none of them can skip the rules.
 */
public final class NodeService {

    /** The repository root, created by the first migration. */
    public static final UUID ROOT_ID = NodeStore.ROOT_ID;

    private final NodeStore store;
    private final ReadableNodes readableNodes;
    private final ReadAccess read;
    private final WriteAccess write;

    public NodeService(NodeStore store, ReadAccess read, WriteAccess write) {
        this.store = store;
        this.readableNodes = store.readable(read);
        this.read = read;
        this.write = write;
    }

    /** The read rule every surface shares (search and CMIS queries filter by its principals). */
    public ReadAccess readAccess() {
        return read;
    }

    /** Whether {@code user} may read {@code node}. */
    public boolean canRead(String user, Node node) {
        return read.canRead(user, node);
    }

    /** A live node {@code user} may read. */
    public Node get(UUID id, String user) {
        Node node = store.get(id);
        if (!read.canRead(user, node)) {
            throw new NodeNotFoundException(id);
        }
        return node;
    }

    /** The node if it exists and {@code user} may read it. */
    public Optional<Node> find(UUID id, String user) {
        try {
            return Optional.of(get(id, user));
        } catch (NodeNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The repository root (every signed-in user may read it). */
    public Node root(String user) {
        return get(NodeStore.ROOT_ID, user);
    }

    /**
     * One page of a folder's children that {@code user} may read, folders first, then by name: filtered, ordered,
     * paged and counted in SQL when the read rule has a SQL form (full pages, a true total); otherwise the page's
     * unreadable children are left out and the total still counts them.
     */
    public Page<Node> children(UUID folderId, String user, int skip, int maxItems) {
        get(folderId, user);
        var readablePage = readableNodes.page("n.parent_id = ? AND n.deleted_at IS NULL", List.of(folderId),
                "n.is_folder DESC, lower(n.name), n.id", user, skip, maxItems);
        if (readablePage.isPresent()) {
            return new Page<>(readablePage.get().nodes(), skip, maxItems, readablePage.get().total());
        }
        Page<Node> page = store.children(folderId, skip, maxItems);
        Set<String> principals = read.principals(user);
        return new Page<>(page.items().stream().filter(n -> !Collections.disjoint(read.readers(n), principals)).toList(),
                page.skip(), page.maxItems(), page.totalItems());
    }

    /**
     * One page of the live nodes {@code user} may read among those matching {@code where}, a condition over the node
     * row aliased {@code n} (see {@link NodeStore#select}), with the readable total: the database filters, orders,
     * pages and counts when the read rule has a SQL form; otherwise rows are read in batches and filtered here.
     */
    public Page<Node> select(String where, List<Object> parameters, String orderBy, String user, int skip, int maxItems) {
        var readablePage = readableNodes.page("n.deleted_at IS NULL AND (" + where + ")", parameters, orderBy, user,
                skip, maxItems);
        if (readablePage.isPresent()) {
            return new Page<>(readablePage.get().nodes(), skip, maxItems, readablePage.get().total());
        }
        Set<String> principals = read.principals(user);
        List<Node> page = new java.util.ArrayList<>();
        long visible = 0;
        int batch = 500;
        for (int offset = 0; ; offset += batch) {
            List<Node> rows = store.select(where, parameters, orderBy, offset, batch);
            for (Node node : rows) {
                if (!Collections.disjoint(read.readers(node), principals)) {
                    if (visible >= skip && page.size() < maxItems) {
                        page.add(node);
                    }
                    visible++;
                }
            }
            if (rows.size() < batch) {
                return new Page<>(page, skip, maxItems, visible);
            }
        }
    }

    /** The readable child of a readable folder with the given name, ignoring case; for path lookups. */
    public Optional<Node> child(UUID folderId, String name, String user) {
        get(folderId, user);
        return store.child(folderId, name).filter(n -> read.canRead(user, n));
    }

    /**
     * The folders from the root down to the parent of a node the caller has read: its address, shown in breadcrumbs
     * and CMIS paths. Not checked again: a node's place is part of what reading it tells.
     */
    public List<Node> ancestors(Node node) {
        List<Node> path = new java.util.ArrayList<>();
        for (UUID parent = node.parentId(); parent != null; ) {
            Node folder = store.get(parent);
            path.addFirst(folder);
            parent = folder.parentId();
        }
        return path;
    }

    /**
     * Whether a change to the node may be reported to {@code user} (CMIS change log): it is live and readable, or it is
     * gone, when only its id and the deletion are reported.
     */
    public boolean changeVisible(UUID id, String user) {
        try {
            return read.canRead(user, store.get(id));
        } catch (NodeNotFoundException e) {
            return true;
        }
    }

    /** Whether a readable folder has a child with this name, whoever may read it (names are unique per folder). */
    public boolean nameTaken(UUID folderId, String name, String user) {
        get(folderId, user);
        return store.nameTaken(folderId, name);
    }

    /** The oldest readable node of {@code type} whose first version had exactly this content (SHA-256, hex). */
    public Optional<Node> firstWithOriginalContent(String contentHash, String type, String user) {
        return store.firstWithOriginalContent(contentHash, type).filter(n -> read.canRead(user, n));
    }

    /**
     * Refuses, as {@link #update} would, a change to {@code id} that {@code user} may not make; for changes the caller
     * makes to what is derived from a node (queueing it for OCR again, say) rather than to the node itself.
     */
    public Node requireAllowed(UUID id, WriteOperation operation, String user) {
        return requireWritable(id, operation, user);
    }

    /** Creates a folder in a folder the user may add to. */
    public Node createFolder(NewNode request, String user) {
        requireWritable(request.parentId(), WriteOperation.CREATE_CHILD, user);
        return store.createFolder(request, user);
    }

    /** Creates a document in a folder the user may add to; refused before a byte of the content is read. */
    public Node createDocument(NewNode request, NewContent content, String user) {
        requireWritable(request.parentId(), WriteOperation.CREATE_CHILD, user);
        return store.createDocument(request, content, user);
    }

    /** Renames, changes aspects or properties of a node the user may change. */
    public Node update(UUID id, NodeChange change, String user) {
        requireWritable(id, WriteOperation.UPDATE, user);
        return store.update(id, change, user);
    }

    /** Stores new content as the next version of a document the user may change. */
    public Node newVersion(UUID id, NewContent content, boolean majorChange, String comment,
                           Map<String, ?> propertyChanges, String user) {
        requireWritable(id, WriteOperation.NEW_VERSION, user);
        return store.newVersion(id, content, majorChange, comment, propertyChanges, user);
    }

    /** Moves a node the user may move into a folder the user may add to. */
    public Node move(UUID id, UUID targetFolderId, String user) {
        requireWritable(id, WriteOperation.MOVE, user);
        requireWritable(targetFolderId, WriteOperation.CREATE_CHILD, user);
        return store.move(id, targetFolderId, user);
    }

    /** Moves a node to the trash, with everything below it: the user must be allowed to delete each of them. */
    public void delete(UUID id, String user) {
        requireWritable(id, WriteOperation.DELETE, user);
        for (Node below : store.descendants(id)) {
            if (!read.canRead(user, below)) {
                throw new AccessDeniedException("'" + store.get(id).name()
                        + "' holds items you may not see; only their owners or an administrator may delete it");
            }
            require(write.decide(user, WriteOperation.DELETE, below));
        }
        store.delete(id, user);
    }

    /** Restores a node the user deleted earlier (or may restore) to its old folder. */
    public Node restore(UUID id, String user) {
        TrashedNode trashed = store.trashed(id).orElseThrow(() -> new NodeNotFoundException(id));
        if (!read.canRead(user, trashed.node())) {
            throw new NodeNotFoundException(id);
        }
        require(write.decide(user, WriteOperation.RESTORE, trashed.node()));
        return store.restore(id, user);
    }

    /** The deleted nodes {@code user} may read, most recently deleted first. */
    public Page<TrashedNode> trash(String user, int skip, int maxItems) {
        if (skip < 0 || maxItems < 1) {
            throw new IllegalArgumentException("skip must be >= 0 and maxItems >= 1");
        }
        var readablePage = readableNodes.page("n.trash_root = n.id", List.of(), "n.deleted_at DESC, n.id", user,
                skip, maxItems);
        if (readablePage.isPresent()) {
            List<TrashedNode> items = readablePage.get().nodes().stream()
                    .map(n -> store.trashed(n.id())).flatMap(Optional::stream).toList();
            return new Page<>(items, skip, maxItems, readablePage.get().total());
        }
        Page<TrashedNode> page = store.trash(skip, maxItems);
        return new Page<>(page.items().stream().filter(t -> read.canRead(user, t.node())).toList(), page.skip(),
                page.maxItems(), page.totalItems());
    }

    /** The versions of a readable document, newest first. */
    public List<Version> versions(UUID id, String user) {
        get(id, user);
        return store.versions(id);
    }

    /** One version of a readable document. */
    public Version version(UUID id, String label, String user) {
        get(id, user);
        return store.version(id, label);
    }

    /** Every recorded change of a readable node, oldest first. */
    public List<AuditEvent> history(UUID id, String user) {
        get(id, user);
        return store.history(id);
    }

    /** The file holding content read from a node the caller was allowed to read. */
    public Path contentPath(ContentInfo content) {
        return store.contentPath(content);
    }

    /** The largest content accepted, in bytes. */
    public long maxContentBytes() {
        return store.maxContentBytes();
    }

    /** The node, if {@code user} may read it and make {@code operation} on it. */
    private Node requireWritable(UUID id, WriteOperation operation, String user) {
        if (id == null) {
            // Let the store say what is missing (a parent folder is required).
            return null;
        }
        Node node = get(id, user);
        require(write.decide(user, operation, node));
        return node;
    }

    private static void require(WriteDecision decision) {
        if (decision instanceof WriteDecision.Refused refused) {
            throw new AccessDeniedException(refused.reason());
        }
    }
}
