package org.daftar.cmis.objects;

import org.daftar.cmis.versioning.CheckOut;
import org.daftar.repository.node.Node;
import org.daftar.repository.version.Version;

/**
 * What a CMIS object id resolves to: a folder or the latest version of a document ({@code version == null}), an
 * older version, or the private working copy of a checked-out document.
 *
 * @param checkOut the document's check-out, or {@code null} if it is not checked out
 */
public record Subject(Node node, Version version, CheckOut checkOut, boolean pwc) {

    public static Subject latest(Node node, CheckOut checkOut) {
        return new Subject(node, null, checkOut, false);
    }

    public boolean isLatest() {
        return version == null && !pwc;
    }

    public String objectId() {
        if (node.folder()) {
            return node.id().toString();
        }
        if (pwc) {
            return ObjectId.of(node.id(), ObjectId.PWC);
        }
        return ObjectId.of(node.id(), version == null ? node.versionLabel() : version.label().toString());
    }
}
