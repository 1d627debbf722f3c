package org.daftar.model;

import java.util.List;

/**
 * A type or an aspect of a content model: what the two have in common (a name, an optional parent, own
 * properties and mandatory aspects). Inherited properties are resolved by the {@link TypeRegistry}.
 */
public sealed interface ClassDefinition permits TypeDefinition, AspectDefinition {

    /** Qualified name, e.g. {@code eo:file}. */
    String name();

    /** Label for people. */
    String title();

    /** Longer explanation, may be empty. */
    String description();

    /** The parent's qualified name, or {@code null} at the root. */
    String parent();

    /** The properties this definition declares itself (not inherited ones). */
    List<PropertyDefinition> properties();

    /** Aspects every instance carries. */
    List<String> mandatoryAspects();
}
