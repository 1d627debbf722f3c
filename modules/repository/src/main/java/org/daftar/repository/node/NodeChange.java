package org.daftar.repository.node;

import java.util.Map;
import java.util.Set;

/**
 * A change to a node's name, aspects and properties. A property given as {@code null} is removed.
 *
 * @param name           a new name, or {@code null} to keep it
 * @param addAspects     aspects to apply
 * @param removeAspects  aspects to take off (with their properties); mandatory aspects cannot be removed
 * @param properties     values to set or remove
 */
public record NodeChange(String name, Set<String> addAspects, Set<String> removeAspects, Map<String, ?> properties) {

    public NodeChange {
        addAspects = addAspects == null ? Set.of() : Set.copyOf(addAspects);
        removeAspects = removeAspects == null ? Set.of() : Set.copyOf(removeAspects);
        properties = properties == null ? Map.of() : properties;
    }

    /** Only property changes. */
    public static NodeChange properties(Map<String, ?> properties) {
        return new NodeChange(null, Set.of(), Set.of(), properties);
    }
}
