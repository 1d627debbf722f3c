package org.daftar.server.api;

import java.util.Map;
import java.util.Set;

/** Request bodies of the node endpoints. */
public final class NodeRequests {

    private NodeRequests() {
    }

    /**
     * Creates a folder, or an empty document when {@code type} is a document type.
     *
     * @param name       unique in the folder, ignoring case
     * @param type       a type of the content model; {@code cm:folder} when omitted
     * @param aspects    aspects beyond the type's mandatory ones
     * @param properties values by qualified name, e.g. {@code "eo:subject": "भू-अर्जन"}
     */
    public record CreateNode(String name, String type, Set<String> aspects, Map<String, Object> properties) {
    }

    /**
     * Changes a node; omitted parts stay as they are, a property set to {@code null} is removed.
     */
    public record UpdateNode(String name, Set<String> addAspects, Set<String> removeAspects,
                             Map<String, Object> properties) {
    }
}
