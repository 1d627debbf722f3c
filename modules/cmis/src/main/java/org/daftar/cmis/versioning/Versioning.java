package org.daftar.cmis.versioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUpdateConflictException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisVersioningException;
import org.daftar.cmis.objects.ObjectId;
import org.daftar.cmis.objects.Subject;
import org.daftar.cmis.objects.Subjects;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeChange;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.version.Version;

/**
 * Check-out, check-in and version lists. Check-out records a private working copy in {@link CheckOuts}; check-in
 * turns its pending changes (and the new content, or else the current content again) into the next version with
 * {@link NodeService#newVersion}, so every version keeps its own content and properties.
 */
public final class Versioning {

    private final NodeService nodes;
    private final CheckOuts checkOuts;
    private final Subjects subjects;
    public Versioning(NodeService nodes, CheckOuts checkOuts, Subjects subjects) {
        this.nodes = nodes;
        this.checkOuts = checkOuts;
        this.subjects = subjects;
    }

    /** Checks out the latest version; returns the working copy's id. */
    public String checkOut(Subject subject, String user) {
        if (subject.node().folder()) {
            throw new CmisConstraintException("Folders are not versionable");
        }
        if (!subject.isLatest()) {
            throw new CmisVersioningException("Only the latest version of a document can be checked out");
        }
        if (subject.checkOut() != null) {
            throw new CmisVersioningException("Document '" + subject.node().id() + "' is already checked out by "
                    + subject.checkOut().checkedOutBy());
        }
        checkOuts.checkOut(subject.node().id(), user);
        return ObjectId.of(subject.node().id(), ObjectId.PWC);
    }

    public void cancelCheckOut(Subject subject, String user) {
        CheckOut checkOut = held(subject, user);
        checkOuts.end(checkOut.nodeId());
    }

    public void updateWorkingCopy(Subject subject, String name, Map<String, Object> properties, String user) {
        CheckOut checkOut = held(subject, user);
        checkOuts.change(checkOut, name, properties);
    }

    /** Makes the next version from the working copy; returns the new version's id. */
    public String checkIn(Subject subject, boolean major, String name, Map<String, Object> properties,
                          ContentStream content, String comment, String user) {
        CheckOut checkOut = held(subject, user);
        Node node = subject.node();
        Map<String, Object> changes = new LinkedHashMap<>(checkOut.pendingProperties());
        changes.putAll(properties);
        if (changes.get("cm:description") != null && !node.aspects().contains("cm:titled")) {
            nodes.update(node.id(), new NodeChange(null, java.util.Set.of("cm:titled"), null, Map.of()), user);
        }
        String newName = name != null ? name : checkOut.pendingName();
        if (newName != null && !newName.equals(node.name())) {
            // the name is not versioned content: apply it first, so a refused name leaves the check-out intact
            nodes.update(node.id(), new NodeChange(newName, null, null, Map.of()), user);
        }
        Node updated;
        try (InputStream stream = content != null && content.getStream() != null ? content.getStream()
                : Files.newInputStream(nodes.contentPath(node.content()))) {
            String mimeType = content != null && content.getStream() != null ? content.getMimeType()
                    : node.content().mimeType();
            updated = nodes.newVersion(node.id(), new NewContent(stream, mimeType), major, comment, changes, user);
        } catch (IOException e) {
            throw new UncheckedIOException("Content for the new version of '" + node.id() + "' could not be read", e);
        }
        checkOuts.end(node.id());
        return ObjectId.of(updated.id(), updated.versionLabel());
    }

    /** The latest (or latest major) version of the series an object id belongs to. */
    public Subject latest(String objectId, boolean major, String user) {
        Subject any = subjects.resolve(ObjectId.of(ObjectId.parse(objectId).node(), null), user);
        if (any.node().folder()) {
            throw new CmisConstraintException("Folders are not versionable");
        }
        if (!major || any.node().versionLabel().endsWith(".0")) {
            return any;
        }
        Version latestMajor = nodes.versions(any.node().id(), user).stream().filter(v -> v.label().minor() == 0).findFirst()
                .orElseThrow(() -> new CmisObjectNotFoundException("Document '" + objectId + "' has no major version"));
        return new Subject(any.node(), latestMajor, any.checkOut(), false);
    }

    /** The working copy (if checked out), then every version, newest first. */
    public List<Subject> allVersions(String objectId, String user) {
        Subject latest = subjects.resolve(ObjectId.of(ObjectId.parse(objectId).node(), null), user);
        if (latest.node().folder()) {
            throw new CmisConstraintException("Folders are not versionable");
        }
        List<Subject> result = new ArrayList<>();
        if (latest.checkOut() != null) {
            result.add(new Subject(latest.node(), null, latest.checkOut(), true));
        }
        for (Version version : nodes.versions(latest.node().id(), user)) {
            boolean current = version.label().toString().equals(latest.node().versionLabel());
            result.add(current ? latest : new Subject(latest.node(), version, latest.checkOut(), false));
        }
        return result;
    }

    private static CheckOut held(Subject subject, String user) {
        CheckOut checkOut = subject.checkOut();
        if (checkOut == null) {
            throw new CmisVersioningException("Document '" + subject.node().id() + "' is not checked out");
        }
        if (!subject.pwc()) {
            throw new CmisVersioningException("Use the private working copy '"
                    + ObjectId.of(subject.node().id(), ObjectId.PWC) + "' for this operation");
        }
        if (!checkOut.checkedOutBy().equals(user)) {
            throw new CmisUpdateConflictException("Document '" + subject.node().id() + "' is checked out by "
                    + checkOut.checkedOutBy());
        }
        return checkOut;
    }
}
