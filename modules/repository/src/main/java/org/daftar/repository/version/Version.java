package org.daftar.repository.version;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.repository.content.ContentInfo;

/** The frozen state of a document at one version: its own name, properties and content. */
public record Version(
        UUID nodeId,
        VersionLabel label,
        String type,
        Set<String> aspects,
        String name,
        Map<String, Object> properties,
        ContentInfo content,
        String comment,
        Instant createdAt,
        String createdBy) {
}
