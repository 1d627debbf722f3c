package org.daftar.repository.property;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.daftar.model.Constraint;
import org.daftar.model.DataType;
import org.daftar.model.PropertyDefinition;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.InvalidPropertiesException;

/**
 * Checks property values against the content model and brings them into stored form. Collects every violation
 * (unknown property, wrong data type, single/multiple, constraint, missing mandatory value) before refusing, so
 * the sender can fix all of them at once. Model defaults fill missing values, except a mandatory property of an
 * optional aspect (one the type does not bring), which the caller adding the aspect must give.
 */
public final class PropertyValidator {

    /** Qualified name of the node-name property; its constraints apply to node names. */
    public static final String NAME = "cm:name";

    private final TypeRegistry registry;
    private final PropertyValueConverter converter = new PropertyValueConverter();

    public PropertyValidator(TypeRegistry registry) {
        this.registry = registry;
    }

    /**
     * The properties a node will have after applying {@code changes} to {@code current}.
     *
     * @param type    the node's type
     * @param aspects the node's aspects after the change (mandatory ones are added by the registry)
     * @param current the stored properties before the change (empty for a new node)
     * @param changes new values; a {@code null} or blank value removes the property
     * @return the complete stored properties, defaults applied, sorted by name
     * @throws InvalidPropertiesException listing every violation
     */
    public Map<String, Object> apply(String type, Collection<String> aspects, Map<String, Object> current,
                                     Map<String, ?> changes) {
        Map<String, PropertyDefinition> definitions = registry.propertiesOf(type, aspects);
        List<PropertyViolation> violations = new ArrayList<>();
        Map<String, Object> result = new TreeMap<>();
        current.forEach((name, value) -> {
            if (definitions.containsKey(name)) { // properties of a removed aspect go with it
                result.put(name, value);
            }
        });
        changes.forEach((name, raw) -> {
            PropertyDefinition definition = definitions.get(name);
            if (definition == null) {
                violations.add(new PropertyViolation(name, registry.property(name).isPresent()
                        ? "is not a property of " + type + " or of its aspects " + aspects
                        : "is not defined in the content model"));
            } else if (!isWritable(definition)) {
                violations.add(new PropertyViolation(name, name.equals(NAME) ? "is the node name: set 'name' instead"
                        : "is set by the repository and cannot be written"));
            } else if (isAbsent(raw)) {
                result.remove(name);
            } else {
                convert(definition, raw, violations).ifPresent(value -> result.put(name, value));
            }
        });
        Set<String> ofTheType = registry.propertiesOf(type, List.of()).keySet();
        for (PropertyDefinition definition : definitions.values()) {
            String name = definition.name();
            // A mandatory property of an optional aspect states a fact only the caller knows (eo:ocr: the OCR
            // languages used), so its default does not stand in for it; the type's own defaults still apply.
            boolean defaultApplies = !definition.mandatory() || ofTheType.contains(name);
            if (!result.containsKey(name) && definition.defaultValue() != null && defaultApplies) {
                Object fallback = definition.multiple() ? List.of(definition.defaultValue()) : definition.defaultValue();
                convert(definition, fallback, violations).ifPresent(value -> result.put(name, value));
            }
            boolean alreadyRefused = violations.stream().anyMatch(v -> v.property().equals(name));
            if (definition.mandatory() && isWritable(definition) && !result.containsKey(name) && !alreadyRefused) {
                violations.add(new PropertyViolation(name, ofTheType.contains(name) ? "is mandatory"
                        : "is mandatory for aspect " + aspectOf(name, aspects) + ": give it when adding the aspect"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidPropertiesException(violations);
        }
        return result;
    }

    /** The aspect among {@code aspects} that declares the property (for messages). */
    private String aspectOf(String property, Collection<String> aspects) {
        return aspects.stream()
                .filter(aspect -> registry.aspect(aspect).stream()
                        .anyMatch(a -> a.properties().stream().anyMatch(p -> p.name().equals(property))))
                .findFirst().orElse("that carries it");
    }

    /** Checks a node name against the constraints of {@code cm:name}. */
    public void checkName(String name) {
        List<PropertyViolation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new PropertyViolation(NAME, "is mandatory"));
        } else {
            registry.property(NAME).ifPresent(definition -> checkConstraints(definition, name, violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidPropertiesException(violations);
        }
    }

    /** Names, content and protected (system-set) properties are not written through the property map. */
    private static boolean isWritable(PropertyDefinition definition) {
        return !definition.protectedValue() && !definition.name().equals(NAME)
                && definition.dataType() != DataType.CONTENT;
    }

    private static boolean isAbsent(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank())
                || (raw instanceof Collection<?> c && c.isEmpty());
    }

    private Optional<Object> convert(PropertyDefinition definition, Object raw,
                                               List<PropertyViolation> violations) {
        int before = violations.size();
        Object value;
        if (definition.multiple()) {
            List<Object> values = new ArrayList<>();
            for (Object item : raw instanceof Collection<?> c ? c : List.of(raw)) {
                convertOne(definition, item, violations).ifPresent(values::add);
            }
            value = values;
        } else if (raw instanceof Collection<?>) {
            violations.add(new PropertyViolation(definition.name(), "takes a single value, not a list"));
            return Optional.empty();
        } else {
            value = convertOne(definition, raw, violations).orElse(null);
        }
        return violations.size() == before ? Optional.of(value) : Optional.empty();
    }

    private Optional<Object> convertOne(PropertyDefinition definition, Object raw,
                                                  List<PropertyViolation> violations) {
        return switch (converter.convert(definition.dataType(), raw)) {
            case PropertyValueConverter.Result.Refused refused -> {
                violations.add(new PropertyViolation(definition.name(), refused.reason()
                        + " (expected " + definition.dataType().prefixedName() + ")"));
                yield Optional.empty();
            }
            case PropertyValueConverter.Result.Converted converted -> {
                int before = violations.size();
                checkConstraints(definition, converted.value(), violations);
                yield violations.size() == before ? Optional.of(converted.value()) : Optional.empty();
            }
        };
    }

    private static void checkConstraints(PropertyDefinition definition, Object value, List<PropertyViolation> violations) {
        for (Constraint constraint : definition.constraints()) {
            constraint.check(value).ifPresent(problem -> violations.add(new PropertyViolation(definition.name(), problem)));
        }
    }
}
