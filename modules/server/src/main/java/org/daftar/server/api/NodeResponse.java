package org.daftar.server.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.daftar.repository.content.ContentInfo;
import org.daftar.repository.node.Node;

/** A node as the API shows it. */
public record NodeResponse(
        UUID id,
        UUID parentId,
        String name,
        String type,
        boolean isFolder,
        List<String> aspects,
        Map<String, Object> properties,
        ContentResponse content,
        String versionLabel,
        Instant createdAt,
        String createdBy,
        Instant modifiedAt,
        String modifiedBy) {

    static NodeResponse of(Node node) {
        return new NodeResponse(node.id(), node.parentId(), node.name(), node.type(), node.folder(),
                node.aspects().stream().sorted().toList(), node.properties(), ContentResponse.of(node.content()),
                node.versionLabel(), node.createdAt(), node.createdBy(), node.modifiedAt(), node.modifiedBy());
    }

    /** A document's content: its SHA-256 (the ETag of its download), size in bytes and media type. */
    public record ContentResponse(String sha256, long size, String mimeType) {
        static ContentResponse of(ContentInfo content) {
            return content == null ? null : new ContentResponse(content.hash(), content.size(), content.mimeType());
        }
    }
}
