package org.daftar.cmis.objects;

import java.util.UUID;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;

/**
 * A CMIS object id. As in Alfresco, a document version is {@code <node id>;<label>} (e.g. {@code …;1.2}), the private
 * working copy is {@code <node id>;pwc}, and the bare node id names a folder or the version series (the latest
 * version).
 *
 * @param label a version label, {@link #PWC}, or {@code null} for the node itself
 */
public record ObjectId(UUID node, String label) {

    public static final String PWC = "pwc";

    public static ObjectId parse(String id) {
        if (id == null || id.isBlank()) {
            throw new CmisObjectNotFoundException("An object id is required");
        }
        int separator = id.indexOf(';');
        try {
            UUID node = UUID.fromString(separator < 0 ? id : id.substring(0, separator));
            return new ObjectId(node, separator < 0 ? null : id.substring(separator + 1));
        } catch (IllegalArgumentException e) {
            throw new CmisObjectNotFoundException("Object '" + id + "' does not exist: not a Daftar object id", e);
        }
    }

    public static String of(UUID node, String label) {
        return label == null ? node.toString() : node + ";" + label;
    }

    public boolean isPwc() {
        return PWC.equals(label);
    }

    @Override
    public String toString() {
        return of(node, label);
    }
}
