package org.daftar.model;

import java.util.List;

/** A content type such as {@code eo:file}; see {@link ClassDefinition}. */
public record TypeDefinition(
        String name,
        String title,
        String description,
        String parent,
        List<PropertyDefinition> properties,
        List<String> mandatoryAspects) implements ClassDefinition {

    public TypeDefinition {
        properties = List.copyOf(properties);
        mandatoryAspects = List.copyOf(mandatoryAspects);
    }
}
