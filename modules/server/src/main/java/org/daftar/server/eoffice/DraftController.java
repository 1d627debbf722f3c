package org.daftar.server.eoffice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.draft.Dispatch;
import org.daftar.eoffice.draft.Draft;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Drafts for approval: edit, approve, issue; and an office's dispatch register. Drafts are written in a file. */
@RestController
@RequestMapping("/api/v1/eoffice")
@Tag(name = "e-Office drafts", description = "Drafts for approval (DFA) and the dispatch register")
public class DraftController {

    private final Eoffice eoffice;
    private final Desks desks;

    public DraftController(Eoffice eoffice, Desks desks) {
        this.eoffice = eoffice;
        this.desks = desks;
    }

    @GetMapping("/drafts/{id}")
    @Operation(summary = "A draft with its status and current version (text: /api/v1/nodes/{id}/content)")
    public Draft get(@PathVariable UUID id, Principal user) {
        return eoffice.drafts().get(user.getName(), id);
    }

    @PutMapping("/drafts/{id}")
    @Operation(summary = "A new version of the draft's text; an approved draft needs approval again")
    public Draft edit(@PathVariable UUID id, @RequestBody EofficeRequests.DraftText body, Principal user,
                      @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        EofficeRequests.require(body);
        return eoffice.drafts().edit(desks.acting(user, desk), id, body.text());
    }

    @PostMapping("/drafts/{id}/approve")
    @Operation(summary = "Approve: by the holding desk, senior to the author, reached after the draft was written")
    public Draft approve(@PathVariable UUID id, Principal user,
                         @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return eoffice.drafts().approve(desks.acting(user, desk), id);
    }

    @PostMapping("/drafts/{id}/issue")
    @Operation(summary = "Issue an approved draft with the office's next dispatch number")
    public ResponseEntity<Dispatch> issue(@PathVariable UUID id, @RequestBody(required = false) EofficeRequests.Issue body,
                                          Principal user, @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return ResponseEntity.status(201).body(eoffice.drafts().issue(desks.acting(user, desk), id,
                body == null ? null : body.mode()));
    }

    @GetMapping("/offices/{id}/dispatch-register")
    @Operation(summary = "An office's dispatch register for a year (for holders of its posts)")
    public List<Dispatch> register(@PathVariable long id, @RequestParam(required = false) Integer year, Principal user) {
        return eoffice.dispatchRegister().year(user.getName(), id, year == null ? Year.now().getValue() : year);
    }
}
