package org.daftar.model;

import java.util.List;
import java.util.Map;

/**
 * One model file as read, before its references to other models are resolved.
 *
 * @param name        the model's qualified name, e.g. {@code eo:eofficeModel}
 * @param source      where it was read from, for error messages
 * @param imports     imported namespaces, prefix to URI
 * @param namespaces  namespaces this model defines, prefix to URI
 * @param constraints the top-level named constraints
 * @param types       types in declaration order
 * @param aspects     aspects in declaration order
 */
public record ContentModel(
        String name,
        String description,
        String source,
        Map<String, String> imports,
        Map<String, String> namespaces,
        List<Constraint> constraints,
        List<TypeDefinition> types,
        List<AspectDefinition> aspects) {

    public ContentModel {
        imports = Map.copyOf(imports);
        namespaces = Map.copyOf(namespaces);
        constraints = List.copyOf(constraints);
        types = List.copyOf(types);
        aspects = List.copyOf(aspects);
    }
}
