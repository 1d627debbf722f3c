package org.daftar.server.eoffice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.UUID;
import org.daftar.eoffice.Eoffice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One note: read it; edit, discard or confirm a yellow note (its author, holding the file). */
@RestController
@RequestMapping("/api/v1/eoffice/notes/{id}")
@Tag(name = "e-Office notes", description = "Yellow (draft) and green (confirmed) notes")
public class NoteController {

    private final Eoffice eoffice;
    private final Desks desks;

    public NoteController(Eoffice eoffice, Desks desks) {
        this.eoffice = eoffice;
        this.desks = desks;
    }

    @GetMapping
    @Operation(summary = "A note (a yellow one only for its author's desk)")
    public NoteView get(@PathVariable UUID id, Principal user) {
        return NoteView.of(eoffice.notes().get(user.getName(), id));
    }

    @PutMapping
    @Operation(summary = "Edit a yellow note (a new version); a green note answers 409")
    public NoteView edit(@PathVariable UUID id, @RequestBody EofficeRequests.NoteText body, Principal user,
                         @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        EofficeRequests.require(body);
        return NoteView.of(eoffice.notes().edit(desks.acting(user, desk), id, body.text(), body.correspondence()));
    }

    @PostMapping("/confirm")
    @Operation(summary = "Confirm a yellow note: it turns green and never changes again")
    public NoteView confirm(@PathVariable UUID id, Principal user,
                            @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return NoteView.of(eoffice.notes().confirm(desks.acting(user, desk), id));
    }

    @DeleteMapping
    @Operation(summary = "Discard a yellow note; later yellow notes move up one paragraph")
    public ResponseEntity<Void> discard(@PathVariable UUID id, Principal user,
                                        @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        eoffice.notes().discard(desks.acting(user, desk), id);
        return ResponseEntity.noContent().build();
    }
}
