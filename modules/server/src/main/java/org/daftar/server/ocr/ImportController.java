package org.daftar.server.ocr;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.daftar.ocr.queue.OcrMode;
import org.daftar.ocr.recordroom.ImportItem;
import org.daftar.ocr.recordroom.ImportProgress;
import org.daftar.ocr.recordroom.RecordRoomImport;
import org.daftar.server.api.BadRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Record-room bulk imports from a folder or CSV manifest on the server (administrators only). */
@RestController
@RequestMapping("/api/v1/imports")
public class ImportController {

    private static final Set<String> OUTCOMES = Set.of("imported", "duplicate", "failed");

    private final RecordRoomImport imports;
    private final OcrDefaults defaults;

    ImportController(RecordRoomImport imports, OcrDefaults defaults) {
        this.imports = imports;
        this.defaults = defaults;
    }

    /** What to import. */
    record ImportRequest(String path, String languages, String mode) {
    }

    @PostMapping
    @Operation(summary = "Start importing a server-side folder of scans or a CSV manifest (admin)")
    public ResponseEntity<ImportProgress> start(@RequestBody ImportRequest body, Authentication user) {
        if (body == null) {
            throw new BadRequestException("Send a JSON object with 'path' (and optionally 'languages', 'mode')");
        }
        OcrMode mode;
        try {
            mode = body.mode() == null ? defaults.mode() : OcrMode.parse(body.mode());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        ImportProgress progress = imports.start(body.path(),
                body.languages() == null ? defaults.languages() : body.languages(), mode, user.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + progress.id())).body(progress);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress of an import: files, pages, pages per minute, ETA")
    public ImportProgress progress(@PathVariable long id, Authentication user) {
        return imports.progress(id);
    }

    @GetMapping("/{id}/items")
    @Operation(summary = "The per-file report of an import, optionally one outcome (imported, duplicate, failed)")
    public List<ImportItem> items(@PathVariable long id, @RequestParam(required = false) String outcome,
                                  Authentication user) {
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new BadRequestException("'outcome' must be imported, duplicate or failed, not '" + outcome + "'");
        }
        return imports.items(id, outcome);
    }
}
