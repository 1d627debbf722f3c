package org.daftar.repository.node;

import java.net.URLConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.IllegalNodeOperationException;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.VersionNotFoundException;
import org.daftar.repository.audit.AuditAction;
import org.daftar.repository.audit.AuditEvent;
import org.daftar.repository.audit.AuditLog;
import org.daftar.repository.content.ContentBlobs;
import org.daftar.repository.content.ContentInfo;
import org.daftar.repository.content.StagedContent;
import org.daftar.repository.property.PropertyValidator;
import org.daftar.repository.version.Version;
import org.daftar.repository.version.VersionHistory;
import org.daftar.repository.version.VersionLabel;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repository's store of nodes: create, read, change, version and delete them. Every change validates against
 * the content model, runs in one database transaction together with its audit event, and either happens whole
 * or not at all (content written for a failed change is removed again).
 *
 * <p>It decides no access: it is for the domain modules that enforce their own rules before they write (the e-Office
 * services act only for the holding desk; OCR workers and the indexer act for the system). Every surface a person
 * reaches (REST, CMIS, web, uploads, imports) goes through {@link NodeService}, which asks the read and write rules
 * first; an architecture test keeps the surfaces off this class.
 */
public final class NodeStore {

    /** The repository root, created by the first migration. */
    public static final UUID ROOT_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static final String DEFAULT_MIME_TYPE = "application/octet-stream";

    private final NodeRows rows;
    private final NodeTypes types;
    private final PropertyValidator validator;
    private final ContentBlobs blobs;
    private final VersionHistory versions;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public NodeStore(TypeRegistry registry, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                       PlatformTransactionManager transactions, ContentBlobs blobs, Clock clock) {
        var json = new org.daftar.repository.property.PropertyJson();
        this.rows = new NodeRows(jdbc, json);
        this.types = new NodeTypes(registry);
        this.validator = new PropertyValidator(registry);
        this.blobs = blobs;
        this.versions = new VersionHistory(jdbc, json);
        this.audit = new AuditLog(jdbc, json);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Listings of the nodes a user may read under {@code access}, filtered and paged in SQL. */
    public ReadableNodes readable(org.daftar.repository.access.ReadAccess access) {
        return new ReadableNodes(jdbc, access);
    }

    /** Creates a folder. */
    public Node createFolder(NewNode request, String actor) {
        types.requireKind(request.type(), true);
        Set<String> aspects = types.aspects(request.type(), request.aspects());
        validator.checkName(request.name());
        Map<String, Object> properties = validator.apply(request.type(), aspects, Map.of(), request.properties());
        return transaction.execute(status -> {
            requireFolder(request.parentId());
            Instant now = clock.instant();
            Node node = new Node(UUID.randomUUID(), request.parentId(), request.name(), request.type(), true, aspects,
                    properties, null, null, now, actor, now, actor);
            rows.insert(node);
            audit.append(actor, AuditAction.CREATE, node.id(), Map.of("name", node.name(), "type", node.type(),
                    "parentId", node.parentId().toString()));
            return node;
        });
    }

    /**
     * Creates a document with its first version (1.0). The request is validated before any content is read, and
     * the content is streamed to disk before the transaction starts, so a slow upload holds no locks.
     */
    public Node createDocument(NewNode request, NewContent content, String actor) {
        types.requireKind(request.type(), false);
        Set<String> aspects = types.aspects(request.type(), request.aspects());
        validator.checkName(request.name());
        Map<String, Object> properties = validator.apply(request.type(), aspects, Map.of(), request.properties());
        StagedContent staged = blobs.stage(content.stream());
        try {
            return transaction.execute(status -> {
                requireFolder(request.parentId());
                ContentInfo stored = blobs.store(staged, mimeType(content.mimeType(), request.name()));
                Instant now = clock.instant();
                Node node = new Node(UUID.randomUUID(), request.parentId(), request.name(), request.type(), false,
                        aspects, properties, stored, VersionLabel.FIRST.toString(), now, actor, now, actor);
                rows.insert(node);
                versions.record(versionOf(node, VersionLabel.FIRST, null));
                audit.append(actor, AuditAction.CREATE, node.id(), Map.of("name", node.name(), "type", node.type(),
                        "parentId", node.parentId().toString(), "contentHash", stored.hash(), "size", stored.size()));
                return node;
            });
        } finally {
            blobs.discard(staged);
        }
    }

    /** A live node. */
    public Node get(UUID id) {
        return rows.findLive(id).orElseThrow(() -> new NodeNotFoundException(id));
    }

    /** The children of a folder, folders first, then by name. */
    public Page<Node> children(UUID folderId, int skip, int maxItems) {
        if (skip < 0 || maxItems < 1) {
            throw new IllegalArgumentException("skip must be >= 0 and maxItems >= 1");
        }
        return transaction.execute(status -> {
            requireFolder(folderId);
            return new Page<>(rows.children(folderId, skip, maxItems), skip, maxItems, rows.countChildren(folderId));
        });
    }

    /** The live child of a folder with the given name, ignoring case; for path lookups. */
    public java.util.Optional<Node> child(UUID folderId, String name) {
        return rows.childByName(folderId, name);
    }

    /**
     * Moves a node (with everything under it) into another folder. Recorded as an update whose details name the
     * old and new parent; refused if the target is the node itself or lies below it, or already has that name.
     */
    public Node move(UUID id, UUID targetFolderId, String actor) {
        if (ROOT_ID.equals(id)) {
            throw new IllegalNodeOperationException("The repository root cannot be moved");
        }
        return transaction.execute(status -> {
            Node current = rows.findLiveForUpdate(id).orElseThrow(() -> new NodeNotFoundException(id));
            requireFolder(targetFolderId);
            if (targetFolderId.equals(current.parentId())) {
                return current;
            }
            if (rows.isSelfOrAncestor(id, targetFolderId)) {
                throw new IllegalNodeOperationException("Node '" + id + "' cannot be moved into itself or below itself");
            }
            rows.moveTo(current, targetFolderId, clock.instant(), actor);
            audit.append(actor, AuditAction.UPDATE, id, Map.of("parentId",
                    Map.of("from", current.parentId().toString(), "to", targetFolderId.toString())));
            return get(id);
        });
    }

    /** Renames, adds or removes aspects and sets or removes properties, all validated together. */
    public Node update(UUID id, NodeChange change, String actor) {
        return transaction.execute(status -> {
            Node current = rows.findLiveForUpdate(id).orElseThrow(() -> new NodeNotFoundException(id));
            types.checkRemovable(current.type(), change.removeAspects());
            Set<String> aspects = new LinkedHashSet<>(current.aspects());
            aspects.removeAll(change.removeAspects());
            aspects.addAll(types.aspects(current.type(), change.addAspects()));
            String name = change.name() == null ? current.name() : change.name();
            if (change.name() != null) {
                if (current.parentId() == null) {
                    throw new IllegalNodeOperationException("The repository root cannot be renamed");
                }
                validator.checkName(name);
            }
            Map<String, Object> properties = validator.apply(current.type(), aspects, current.properties(),
                    change.properties());
            Node updated = new Node(current.id(), current.parentId(), name, current.type(), current.folder(), aspects,
                    properties, current.content(), current.versionLabel(), current.createdAt(), current.createdBy(),
                    clock.instant(), actor);
            rows.update(updated);
            audit.append(actor, AuditAction.UPDATE, id, changeDetails(current, updated));
            return updated;
        });
    }

    /**
     * Marks a node as changed without changing what it holds, for facts kept outside the node that indexes must pick
     * up (such as which desks may read an e-Office item). One statement; not audited, because the caller's own history
     * (the movement log) records why.
     */
    public void touch(UUID id, String actor) {
        if (!rows.touch(id, clock.instant(), actor)) {
            throw new NodeNotFoundException(id);
        }
    }

    /** Stores new content for a document as its next version, with optional property changes. */
    public Node newVersion(UUID id, NewContent content, boolean majorChange, String comment,
                           Map<String, ?> propertyChanges, String actor) {
        Node before = get(id);
        if (before.folder()) {
            throw new IllegalNodeOperationException("Node '" + id + "' is a folder; folders have no content or versions");
        }
        // Validate first, so that bad properties are refused before the upload is read.
        validator.apply(before.type(), before.aspects(), before.properties(), propertyChanges);
        StagedContent staged = blobs.stage(content.stream());
        try {
            return transaction.execute(status -> {
                Node current = rows.findLiveForUpdate(id).orElseThrow(() -> new NodeNotFoundException(id));
                Map<String, Object> properties = validator.apply(current.type(), current.aspects(),
                        current.properties(), propertyChanges);
                ContentInfo stored = blobs.store(staged, mimeType(content.mimeType(), current.name()));
                VersionLabel label = VersionLabel.parse(current.versionLabel()).next(majorChange);
                Node updated = new Node(current.id(), current.parentId(), current.name(), current.type(), false,
                        current.aspects(), properties, stored, label.toString(), current.createdAt(),
                        current.createdBy(), clock.instant(), actor);
                rows.update(updated);
                versions.record(versionOf(updated, label, comment));
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("version", label.toString());
                details.put("contentHash", stored.hash());
                details.put("size", stored.size());
                if (comment != null) {
                    details.put("comment", comment);
                }
                audit.append(actor, AuditAction.NEW_VERSION, id, details);
                return updated;
            });
        } finally {
            blobs.discard(staged);
        }
    }

    /** The versions of a document, newest first. */
    public List<Version> versions(UUID id) {
        Node node = get(id);
        if (node.folder()) {
            throw new IllegalNodeOperationException("Node '" + id + "' is a folder; folders have no versions");
        }
        return versions.of(id);
    }

    /** One version of a document. */
    public Version version(UUID id, String label) {
        VersionLabel parsed;
        try {
            parsed = VersionLabel.parse(label);
        } catch (IllegalArgumentException e) {
            throw new VersionNotFoundException(id, label);
        }
        get(id);
        return versions.find(id, parsed).orElseThrow(() -> new VersionNotFoundException(id, label));
    }

    /** The file holding the current content of a document. */
    public Path contentPath(ContentInfo content) {
        return blobs.path(content.hash());
    }

    /** The largest content accepted, in bytes. */
    public long maxContentBytes() {
        return blobs.maxContentBytes();
    }

    /** Moves a node (with everything under it) to the trash. */
    public void delete(UUID id, String actor) {
        if (ROOT_ID.equals(id)) {
            throw new IllegalNodeOperationException("The repository root cannot be deleted");
        }
        transaction.executeWithoutResult(status -> {
            rows.findLiveForUpdate(id).orElseThrow(() -> new NodeNotFoundException(id));
            int count = rows.trash(id, clock.instant(), actor);
            audit.append(actor, AuditAction.DELETE, id, Map.of("nodesTrashed", count));
        });
    }

    /** Restores a node deleted earlier, with what was deleted with it, to its old folder. */
    public Node restore(UUID id, String actor) {
        return transaction.execute(status -> {
            TrashedNode trashed = rows.findTrashRoot(id).orElseThrow(() -> new NodeNotFoundException(id));
            if (rows.findLive(trashed.node().parentId()).isEmpty()) {
                throw new IllegalNodeOperationException("Node '" + id + "' cannot be restored: its folder '"
                        + trashed.node().parentId() + "' is itself in the trash; restore that first");
            }
            int count = rows.restore(trashed.node());
            audit.append(actor, AuditAction.RESTORE, id, Map.of("nodesRestored", count));
            return get(id);
        });
    }

    /** Nodes deleted to the trash (each deletion once, by the node the user deleted), newest first. */
    public Page<TrashedNode> trash(int skip, int maxItems) {
        return transaction.execute(status ->
                new Page<>(rows.trashRoots(skip, maxItems), skip, maxItems, rows.countTrashRoots()));
    }

    /** A node deleted to the trash by its own deletion (not one deleted with a folder above it). */
    public java.util.Optional<TrashedNode> trashed(UUID id) {
        return rows.findTrashRoot(id);
    }

    /** The live nodes below a node, parents before their children. */
    public List<Node> descendants(UUID id) {
        return rows.liveDescendants(id);
    }

    /**
     * One page of the live nodes matching {@code where}, a condition over the node row aliased {@code n} (its columns:
     * {@code id, parent_id, name, type, is_folder, aspects, properties, created_by, ...}) with positional parameters.
     * The repository runs the statement; callers say only which nodes they want.
     *
     * @param orderBy a total order over {@code n} (end it with {@code n.id})
     */
    public List<Node> select(String where, List<Object> parameters, String orderBy, int skip, int maxItems) {
        return rows.select(where, parameters, orderBy, skip, maxItems);
    }

    /** How many live nodes match {@code where} (as in {@link #select}). */
    public long count(String where, List<Object> parameters) {
        return rows.count(where, parameters);
    }

    /** The ids of a folder's live children of one type, oldest first. */
    public List<UUID> childIds(UUID folderId, String type) {
        return rows.select("n.parent_id = ? AND n.type = ?", List.of(folderId, type), "n.created_at, n.id", 0,
                Integer.MAX_VALUE).stream().map(Node::id).toList();
    }

    /** Whether a folder has a live child with this name (names are unique per folder, ignoring case). */
    public boolean nameTaken(UUID folderId, String name) {
        return rows.childByName(folderId, name).isPresent();
    }

    /** How many live children of the given type each folder has (folders with none are absent from the map). */
    public Map<UUID, Long> countChildrenOfType(java.util.Collection<UUID> folderIds, String type) {
        return rows.countChildrenOfType(folderIds, type);
    }

    /** The oldest live node of {@code type} whose first version had exactly this content (SHA-256, hex). */
    public java.util.Optional<Node> firstWithOriginalContent(String contentHash, String type) {
        return rows.firstWithOriginalContent(contentHash, type);
    }

    /** Ids of the live nodes other than the root, in id order after {@code after}: for walking the whole repository. */
    public List<UUID> liveIdsAfter(UUID after, int maxItems) {
        return rows.liveIdsAfter(after, maxItems);
    }

    /** How many live nodes there are besides the root. */
    public long countLive() {
        return rows.countLive();
    }

    /** Every recorded change of a node, oldest first. */
    public List<AuditEvent> history(UUID id) {
        return audit.of(id);
    }

    private void requireFolder(UUID id) {
        if (id == null) {
            throw new IllegalNodeOperationException("A parent folder is required");
        }
        Node parent = rows.findLive(id).orElseThrow(() -> new NodeNotFoundException(id));
        if (!parent.folder()) {
            throw new IllegalNodeOperationException("Node '" + id + "' is a document; only folders have children");
        }
    }

    private static Version versionOf(Node node, VersionLabel label, String comment) {
        return new Version(node.id(), label, node.type(), node.aspects(), node.name(), node.properties(),
                node.content(), comment, node.modifiedAt(), node.modifiedBy());
    }

    private static String mimeType(String declared, String name) {
        if (declared != null && !declared.isBlank() && !declared.equals(DEFAULT_MIME_TYPE)) {
            return declared;
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? DEFAULT_MIME_TYPE : guessed;
    }

    private static Map<String, Object> changeDetails(Node before, Node after) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (!before.name().equals(after.name())) {
            details.put("name", Map.of("from", before.name(), "to", after.name()));
        }
        if (!before.aspects().equals(after.aspects())) {
            details.put("aspects", after.aspects().stream().sorted().toList());
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>(before.properties().keySet());
        names.addAll(after.properties().keySet());
        for (String name : names) {
            Object old = before.properties().get(name);
            Object now = after.properties().get(name);
            if (!java.util.Objects.equals(old, now)) {
                Map<String, Object> diff = new LinkedHashMap<>();
                diff.put("from", old);
                diff.put("to", now);
                changed.put(name, diff);
            }
        }
        if (!changed.isEmpty()) {
            details.put("properties", changed);
        }
        return details;
    }
}
