package org.daftar.server.ocr;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.UUID;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.ingest.IncomingDocument;
import org.daftar.ocr.ingest.IngestOutcome;
import org.daftar.ocr.input.UnreadableScanException;
import org.daftar.ocr.queue.OcrJob;
import org.daftar.ocr.queue.OcrMode;
import org.daftar.repository.ContentTooLargeException;
import org.daftar.repository.access.WriteOperation;
import org.daftar.repository.node.NodeService;
import org.daftar.server.api.BadRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scan upload and OCR status. The body of {@code POST /api/v1/scans} is the scan's bytes (any content type);
 * it enters the same ingestion as a record-room import.
 */
@RestController
@RequestMapping("/api/v1/scans")
public class ScanController {

    private final Digitization digitization;
    private final NodeService nodes;
    private final EngineSettings engine;
    private final OcrDefaults defaults;
    private final OcrProperties properties;

    ScanController(Digitization digitization, NodeService nodes, EngineSettings engine, OcrDefaults defaults,
                   OcrProperties properties) {
        this.properties = properties;
        this.digitization = digitization;
        this.nodes = nodes;
        this.engine = engine;
        this.defaults = defaults;
    }

    /** The answer to an upload. */
    record UploadResponse(String outcome, UUID nodeId, Long jobId, Integer pages, String contentHash) {
    }

    @PostMapping
    @Operation(summary = "Upload a scan (PDF, TIFF, JPEG, PNG as the raw body) into a folder and queue it for OCR")
    public ResponseEntity<UploadResponse> upload(@RequestParam UUID parentId, @RequestParam String name,
                                                 @RequestParam(required = false) String languages,
                                                 @RequestParam(required = false) String mode,
                                                 HttpServletRequest request, Principal user) {
        if (name.isBlank()) {
            throw new BadRequestException("'name' must not be blank: give the scan's file name");
        }
        String ocrLanguages = languages(languages);
        OcrMode ocrMode = mode(mode);
        // Refused before a byte is read: the scan is stored through the node service, which decides again.
        nodes.requireAllowed(parentId, WriteOperation.CREATE_CHILD, user.getName());
        Path staged = stage(request);
        try {
            IngestOutcome outcome = digitization.ingestion().ingest(new IncomingDocument(IncomingDocument.Source.UPLOAD,
                    staged, name, parentId, null, ocrLanguages, ocrMode, user.getName()));
            return switch (outcome) {
                case IngestOutcome.Stored s -> ResponseEntity.created(URI.create("/api/v1/nodes/" + s.nodeId()))
                        .body(new UploadResponse("stored", s.nodeId(), s.jobId(), s.pages(), s.contentHash()));
                case IngestOutcome.Duplicate d -> ResponseEntity.ok(
                        new UploadResponse("duplicate", d.existingNodeId(), null, null, d.contentHash()));
                case IngestOutcome.Refused r -> throw new UnreadableScanException(r.reason());
            };
        } finally {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    @GetMapping("/{id}/ocr")
    @Operation(summary = "The OCR job of a scan: state, pages done, attempts, last error")
    public OcrJob ocr(@PathVariable UUID id, Principal user) {
        // What is not readable does not exist for the caller, its OCR state included (same answer as the node API).
        nodes.get(id, user.getName());
        return digitization.jobs().latestFor(id)
                .orElseThrow(() -> new BadRequestException("Node '" + id + "' has never been queued for OCR"));
    }

    @PostMapping("/{id}/ocr")
    @Operation(summary = "Queue a scan for OCR again (e.g. mode=force or other languages); its pages are read anew")
    public ResponseEntity<OcrJob> requeue(@PathVariable UUID id, @RequestParam(required = false) String languages,
                                          @RequestParam(required = false) String mode, Principal user) {
        var node = nodes.requireAllowed(id, WriteOperation.NEW_VERSION, user.getName());
        if (!node.type().equals("eo:scan")) {
            throw new BadRequestException("Node '" + id + "' is a " + node.type() + ", not an eo:scan");
        }
        Object pages = node.properties().get("eo:pageCount");
        long job = digitization.jobs().enqueue(id, languages(languages), mode(mode),
                pages instanceof Number n ? n.intValue() : 1, properties.maxAttempts());
        digitization.workers().wakeUp();
        return ResponseEntity.accepted().body(digitization.jobs().get(job));
    }

    private String languages(String requested) {
        try {
            return requested == null || requested.isBlank() ? defaults.languages() : engine.requireInstalled(requested);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private OcrMode mode(String requested) {
        try {
            return requested == null || requested.isBlank() ? defaults.mode() : OcrMode.parse(requested);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** Streams the body to a temporary file, refusing it once it passes the content limit. */
    private Path stage(HttpServletRequest request) {
        long limit = nodes.maxContentBytes();
        if (request.getContentLengthLong() > limit) {
            throw new ContentTooLargeException(limit);
        }
        Path staged;
        try {
            staged = Files.createTempFile("daftar-upload", ".scan");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(staged)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new ContentTooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
            return staged;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException ignored) {
                // nothing more to do
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }
}
