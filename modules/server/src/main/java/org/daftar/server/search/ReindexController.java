package org.daftar.server.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.daftar.search.index.ReindexStatus;
import org.daftar.search.index.Reindexer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the search index from the database (administrators only; see SecurityConfiguration). */
@RestController
@Tag(name = "Search", description = "Full-text search in Hindi, English and Latin-typed Hindi")
public class ReindexController {

    private final Reindexer reindexer;

    public ReindexController(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @PostMapping("/api/v1/search/reindex")
    @Operation(summary = "Rebuild the index", description = "Starts a rebuild from the database; poll GET for progress")
    public ResponseEntity<ReindexStatus> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(reindexer.start());
    }

    @GetMapping("/api/v1/search/reindex")
    @Operation(summary = "Progress of the current or last rebuild")
    public ReindexStatus status() {
        return reindexer.status();
    }
}
