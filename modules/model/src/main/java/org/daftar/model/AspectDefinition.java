package org.daftar.model;

import java.util.List;

/** An aspect such as {@code eo:ocr}, a set of properties any node may carry; see {@link ClassDefinition}. */
public record AspectDefinition(
        String name,
        String title,
        String description,
        String parent,
        List<PropertyDefinition> properties,
        List<String> mandatoryAspects) implements ClassDefinition {

    public AspectDefinition {
        properties = List.copyOf(properties);
        mandatoryAspects = List.copyOf(mandatoryAspects);
    }
}
