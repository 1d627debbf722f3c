package org.daftar.repository.node;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.IllegalNodeOperationException;
import org.daftar.repository.UnknownTypeException;

/** Checks that a type and aspects exist in the content model and fit the kind of node (folder or document). */
final class NodeTypes {

    static final String FOLDER = "cm:folder";
    static final String CONTENT = "cm:content";

    private final TypeRegistry registry;

    NodeTypes(TypeRegistry registry) {
        this.registry = registry;
    }

    /** Whether the type makes folders; refuses types that are neither folders nor documents. */
    boolean isFolderType(String type) {
        if (type == null || registry.type(type).isEmpty()) {
            throw new UnknownTypeException("Type '" + type + "' is not defined in the content model");
        }
        if (registry.isSubtypeOf(type, FOLDER)) {
            return true;
        }
        if (registry.isSubtypeOf(type, CONTENT)) {
            return false;
        }
        throw new UnknownTypeException("Type '" + type + "' is neither a folder type (" + FOLDER
                + ") nor a document type (" + CONTENT + ")");
    }

    void requireKind(String type, boolean folder) {
        if (isFolderType(type) != folder) {
            throw new IllegalNodeOperationException("Type '" + type + "' is a " + (folder ? "document" : "folder")
                    + " type; use a " + (folder ? FOLDER : CONTENT) + " type here");
        }
    }

    /** The aspects a node of {@code type} carries: mandatory ones plus the requested ones, all checked. */
    Set<String> aspects(String type, Collection<String> requested) {
        Set<String> result = new LinkedHashSet<>(registry.mandatoryAspects(type));
        for (String aspect : requested) {
            if (registry.aspect(aspect).isEmpty()) {
                throw new UnknownTypeException("Aspect '" + aspect + "' is not defined in the content model");
            }
            result.add(aspect);
        }
        return result;
    }

    /** Refuses to take off an aspect the type requires. */
    void checkRemovable(String type, Collection<String> aspects) {
        Set<String> mandatory = registry.mandatoryAspects(type);
        for (String aspect : aspects) {
            if (mandatory.contains(aspect)) {
                throw new IllegalNodeOperationException("Aspect '" + aspect + "' is mandatory for type '" + type
                        + "' and cannot be removed");
            }
        }
    }
}
