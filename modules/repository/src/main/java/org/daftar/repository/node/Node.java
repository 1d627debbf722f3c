package org.daftar.repository.node;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.repository.content.ContentInfo;

/**
 * A folder or document in the repository.
 *
 * @param parentId     the containing folder; {@code null} only for the root
 * @param aspects      aspects applied explicitly or by the type (mandatory ones included)
 * @param properties   stored property values by qualified name (see {@code PropertyValidator} for their forms)
 * @param content      the current content of a document; {@code null} for folders
 * @param versionLabel the current version of a document; {@code null} for folders
 */
public record Node(
        UUID id,
        UUID parentId,
        String name,
        String type,
        boolean folder,
        Set<String> aspects,
        Map<String, Object> properties,
        ContentInfo content,
        String versionLabel,
        Instant createdAt,
        String createdBy,
        Instant modifiedAt,
        String modifiedBy) {

    public Node {
        aspects = Set.copyOf(aspects);
        properties = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(properties));
    }
}
