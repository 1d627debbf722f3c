package org.daftar.repository.node;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a caller asks for when creating a folder or document.
 *
 * @param parentId   the folder to create it in
 * @param name       unique in the folder, ignoring case
 * @param type       a type from the content model (a {@code cm:folder} or {@code cm:content} subtype)
 * @param aspects    aspects to apply beyond the type's mandatory ones
 * @param properties property values by qualified name
 */
public record NewNode(UUID parentId, String name, String type, Set<String> aspects, Map<String, ?> properties) {

    public NewNode {
        aspects = aspects == null ? Set.of() : Set.copyOf(aspects);
        properties = properties == null ? Map.of() : properties;
    }
}
