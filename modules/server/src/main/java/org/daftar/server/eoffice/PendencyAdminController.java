package org.daftar.server.eoffice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.pendency.PendencyCounters.Recount;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' repair of the pendency counters (see {@code docs/operations.md}); {@code scripts/daftar recount-pendency}. */
@RestController
@Tag(name = "e-Office reports", description = "Pendency with ageing, month-wise counts, office ranking; JSON or CSV")
public class PendencyAdminController {

    private final Eoffice eoffice;

    public PendencyAdminController(Eoffice eoffice) {
        this.eoffice = eoffice;
    }

    @PostMapping("/api/v1/eoffice/admin/pendency/recount")
    @Operation(summary = "Recount every desk's pending items and replace the pendency counters; says how many were wrong")
    public Recount recount() {
        return eoffice.pendencyCounters().recount();
    }
}
