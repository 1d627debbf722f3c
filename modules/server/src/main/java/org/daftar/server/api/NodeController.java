package org.daftar.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.ContentTooLargeException;
import org.daftar.repository.audit.AuditEvent;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeChange;
import org.daftar.repository.node.NodeService;
import org.daftar.server.transfer.ContentDownloads;
import org.daftar.server.transfer.MultipartDocumentUpload;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Folders and documents: create, read, list, change, delete, and their content. */
@RestController
@RequestMapping("/api/v1/nodes")
@Tag(name = "Nodes", description = "Folders and documents of the repository")
public class NodeController {

    private final NodeService nodes;
    private final TypeRegistry registry;
    private final MultipartDocumentUpload upload;

    public NodeController(NodeService nodes, TypeRegistry registry, JsonMapper json) {
        this.nodes = nodes;
        this.registry = registry;
        this.upload = new MultipartDocumentUpload(json);
    }

    @GetMapping("/root")
    @Operation(summary = "The repository root folder")
    public NodeResponse root(Principal user) {
        return NodeResponse.of(nodes.root(user.getName()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A node with its properties")
    public NodeResponse get(@PathVariable UUID id, Principal user) {
        return NodeResponse.of(nodes.get(id, user.getName()));
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "The children of a folder, folders first, then by name")
    public PageResponse<NodeResponse> children(@PathVariable UUID id,
                                               @RequestParam(defaultValue = "0") int skipCount,
                                               @RequestParam(defaultValue = "100") int maxItems, Principal user) {
        Paging.check(skipCount, maxItems);
        return PageResponse.of(nodes.children(id, user.getName(), skipCount, maxItems), NodeResponse::of);
    }

    @PostMapping(path = "/{id}/children", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a folder (or an empty document) from JSON")
    public ResponseEntity<NodeResponse> create(@PathVariable UUID id, @RequestBody NodeRequests.CreateNode body,
                                               Principal user) {
        if (body == null) {
            throw new BadRequestException("Send a JSON object with name, type, aspects and properties");
        }
        String type = body.type() == null ? "cm:folder" : body.type();
        NewNode request = new NewNode(id, body.name(), type, body.aspects(), body.properties());
        Node created = registry.type(type).isPresent() && registry.isSubtypeOf(type, "cm:content")
                ? nodes.createDocument(request, new NewContent(java.io.InputStream.nullInputStream(), null), user.getName())
                : nodes.createFolder(request, user.getName());
        return created(created);
    }

    @PostMapping(path = "/{id}/children", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document (multipart: metadata fields first, then the file part; streamed)")
    public ResponseEntity<NodeResponse> upload(@PathVariable UUID id, HttpServletRequest request, Principal user) {
        refuseOversized(request);
        Node created = upload.read(request, id, (node, content) -> nodes.createDocument(node, content, user.getName()));
        return created(created);
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename, add or remove aspects, set or remove properties")
    public NodeResponse update(@PathVariable UUID id, @RequestBody NodeRequests.UpdateNode body, Principal user) {
        if (body == null) {
            throw new BadRequestException("Send a JSON object with name, addAspects, removeAspects or properties");
        }
        return NodeResponse.of(nodes.update(id, new NodeChange(body.name(), body.addAspects(), body.removeAspects(),
                body.properties()), user.getName()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Move a node and everything under it to the trash")
    public ResponseEntity<Void> delete(@PathVariable UUID id, Principal user) {
        nodes.delete(id, user.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "Download the current content (supports Range and If-None-Match)")
    public ResponseEntity<Resource> content(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean attachment,
                                            Principal user) {
        Node node = nodes.get(id, user.getName());
        if (node.content() == null) {
            throw new org.daftar.repository.IllegalNodeOperationException("Node '" + id + "' is a folder and has no content");
        }
        return ContentDownloads.download(node.content(), nodes.contentPath(node.content()), node.name(), attachment);
    }

    @PutMapping("/{id}/content")
    @Operation(summary = "Upload new content as the next version (request body is the content, streamed)")
    public NodeResponse newVersion(@PathVariable UUID id, HttpServletRequest request,
                                   @RequestParam(defaultValue = "false") boolean majorVersion,
                                   @RequestParam(required = false) String comment,
                                   @RequestHeader(name = "Content-Type", required = false) String contentType,
                                   Principal user) {
        refuseOversized(request);
        try {
            return NodeResponse.of(nodes.newVersion(id, new NewContent(request.getInputStream(), contentType),
                    majorVersion, comment, Map.of(), user.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Every recorded change of the node, oldest first")
    public List<AuditEvent> audit(@PathVariable UUID id, Principal user) {
        return nodes.history(id, user.getName());
    }

    /** Refuses a declared length over the limit before reading a byte, so the client is not made to send it. */
    private void refuseOversized(HttpServletRequest request) {
        long limit = nodes.maxContentBytes();
        // A multipart body carries some bytes of fields and boundaries besides the file; allow for them.
        long allowance = request.getContentType() != null && request.getContentType().startsWith("multipart/") ? 1 << 20 : 0;
        if (request.getContentLengthLong() > limit + allowance) {
            throw new ContentTooLargeException(limit);
        }
    }

    private static ResponseEntity<NodeResponse> created(Node node) {
        return ResponseEntity.created(URI.create("/api/v1/nodes/" + node.id())).body(NodeResponse.of(node));
    }
}
