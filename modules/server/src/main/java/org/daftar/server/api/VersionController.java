package org.daftar.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.version.Version;
import org.daftar.server.transfer.ContentDownloads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The version history of documents. New versions are uploaded with {@code PUT /api/v1/nodes/{id}/content}. */
@RestController
@RequestMapping("/api/v1/nodes/{id}/versions")
@Tag(name = "Versions", description = "Document versions, each with its own content and properties")
public class VersionController {

    private final NodeService nodes;

    public VersionController(NodeService nodes) {
        this.nodes = nodes;
    }

    /** A version as the API shows it. */
    public record VersionResponse(String label, String name, String type, List<String> aspects,
                                  Map<String, Object> properties, NodeResponse.ContentResponse content, String comment,
                                  Instant createdAt, String createdBy) {
        static VersionResponse of(Version v) {
            return new VersionResponse(v.label().toString(), v.name(), v.type(), v.aspects().stream().sorted().toList(),
                    v.properties(), NodeResponse.ContentResponse.of(v.content()), v.comment(), v.createdAt(), v.createdBy());
        }
    }

    @GetMapping
    @Operation(summary = "All versions of a document, newest first")
    public List<VersionResponse> list(@PathVariable UUID id, Principal user) {
        return nodes.versions(id, user.getName()).stream().map(VersionResponse::of).toList();
    }

    @GetMapping("/{label}")
    @Operation(summary = "One version's properties")
    public VersionResponse get(@PathVariable UUID id, @PathVariable String label, Principal user) {
        return VersionResponse.of(nodes.version(id, label, user.getName()));
    }

    @GetMapping("/{label}/content")
    @Operation(summary = "One version's content (supports Range and If-None-Match)")
    public ResponseEntity<Resource> content(@PathVariable UUID id, @PathVariable String label,
                                            @RequestParam(defaultValue = "true") boolean attachment,
                                            Principal user) {
        Version version = nodes.version(id, label, user.getName());
        return ContentDownloads.download(version.content(), nodes.contentPath(version.content()), version.name(), attachment);
    }
}
