package org.daftar.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.UUID;
import org.daftar.repository.node.NodeService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deleted nodes, and bringing them back. */
@RestController
@RequestMapping("/api/v1/trash")
@Tag(name = "Trash", description = "Deleted nodes, restorable with everything deleted with them")
public class TrashController {

    private final NodeService nodes;

    public TrashController(NodeService nodes) {
        this.nodes = nodes;
    }

    /** A deleted node, who deleted it and when. */
    public record TrashEntry(NodeResponse node, Instant deletedAt, String deletedBy) {
    }

    @GetMapping
    @Operation(summary = "Deleted nodes the caller may read, most recently deleted first")
    public PageResponse<TrashEntry> list(@RequestParam(defaultValue = "0") int skipCount,
                                         @RequestParam(defaultValue = "100") int maxItems, Principal user) {
        Paging.check(skipCount, maxItems);
        return PageResponse.of(nodes.trash(user.getName(), skipCount, maxItems),
                t -> new TrashEntry(NodeResponse.of(t.node()), t.deletedAt(), t.deletedBy()));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore a deleted node (and what was deleted with it) to its folder")
    public NodeResponse restore(@PathVariable UUID id, Principal user) {
        return NodeResponse.of(nodes.restore(id, user.getName()));
    }
}
