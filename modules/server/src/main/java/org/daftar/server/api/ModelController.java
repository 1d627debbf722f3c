package org.daftar.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.daftar.model.ClassDefinition;
import org.daftar.model.Constraint;
import org.daftar.model.PropertyDefinition;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.UnknownTypeException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The content model, read-only: what types and aspects exist and which properties they take. */
@RestController
@RequestMapping("/api/v1/model")
@Tag(name = "Model", description = "Types, aspects and properties of the content model")
public class ModelController {

    private final TypeRegistry registry;

    public ModelController(TypeRegistry registry) {
        this.registry = registry;
    }

    /** A type or aspect with its own and inherited properties. */
    public record ClassView(String name, String title, String description, String parent, List<String> mandatoryAspects,
                            List<PropertyView> properties) {
    }

    /** A property and its constraints. */
    public record PropertyView(String name, String title, String dataType, boolean mandatory, boolean multiple,
                               boolean readOnly, String defaultValue, List<ConstraintView> constraints) {
        static PropertyView of(PropertyDefinition p) {
            return new PropertyView(p.name(), p.title(), p.dataType().prefixedName(), p.mandatory(), p.multiple(),
                    p.protectedValue(), p.defaultValue(), p.constraints().stream().map(ConstraintView::of).toList());
        }
    }

    /** A constraint's kind and parameters as written in the model. */
    public record ConstraintView(String name, String kind, Map<String, Object> parameters) {
        static ConstraintView of(Constraint c) {
            Map<String, Object> parameters = switch (c) {
                case Constraint.ListConstraint l -> Map.of("allowedValues", l.allowedValues(), "caseSensitive", l.caseSensitive());
                case Constraint.RegexConstraint r -> Map.of("expression", r.expression().pattern(), "requiresMatch", r.requiresMatch());
                case Constraint.LengthConstraint l -> Map.of("minLength", l.minLength(), "maxLength", l.maxLength());
                case Constraint.MinMaxConstraint m -> Map.of("minValue", m.minValue(), "maxValue", m.maxValue());
            };
            return new ConstraintView(c.name(), c.kind(), parameters);
        }
    }

    @GetMapping("/types")
    @Operation(summary = "All types")
    public List<ClassView> types() {
        return registry.types().stream().sorted(Comparator.comparing(ClassDefinition::name)).map(this::view).toList();
    }

    @GetMapping("/types/{name}")
    @Operation(summary = "One type, e.g. eo:file")
    public ClassView type(@PathVariable String name) {
        return view(registry.type(name).orElseThrow(() -> new UnknownTypeException("Type '" + name + "' is not defined")));
    }

    @GetMapping("/aspects")
    @Operation(summary = "All aspects")
    public List<ClassView> aspects() {
        return registry.aspects().stream().sorted(Comparator.comparing(ClassDefinition::name)).map(this::view).toList();
    }

    private ClassView view(ClassDefinition definition) {
        List<PropertyView> properties = definition instanceof org.daftar.model.TypeDefinition
                ? registry.propertiesOf(definition.name(), List.of()).values().stream().map(PropertyView::of).toList()
                : definition.properties().stream().map(PropertyView::of).toList();
        List<String> aspects = definition instanceof org.daftar.model.TypeDefinition
                ? List.copyOf(registry.mandatoryAspects(definition.name())) : definition.mandatoryAspects();
        return new ClassView(definition.name(), definition.title(), definition.description(), definition.parent(),
                aspects, properties);
    }
}
