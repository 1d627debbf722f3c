package org.daftar.model;

import java.util.List;

/**
 * A property as declared in a model.
 *
 * @param name          qualified name, e.g. {@code eo:fileNumber}
 * @param title         label for people (the model's {@code title})
 * @param description   longer explanation, may be empty
 * @param dataType      the {@code d:} data type
 * @param mandatory     whether a value is required
 * @param multiple      whether the property holds a list of values
 * @param protectedValue whether only the system may set it (Alfresco's {@code protected})
 * @param defaultValue  the default as written in the model, or {@code null}
 * @param constraints   constraints every value must satisfy, referenced or inline
 * @param declaredBy    the type or aspect that declares it
 */
public record PropertyDefinition(
        String name,
        String title,
        String description,
        DataType dataType,
        boolean mandatory,
        boolean multiple,
        boolean protectedValue,
        String defaultValue,
        List<Constraint> constraints,
        String declaredBy) {

    public PropertyDefinition {
        constraints = List.copyOf(constraints);
    }
}
