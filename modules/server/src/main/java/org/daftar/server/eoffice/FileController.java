package org.daftar.server.eoffice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.draft.Draft;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.efile.NewFile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** E-files and what is inside them: notesheet, correspondence, drafts, volumes and part files. */
@RestController
@RequestMapping("/api/v1/eoffice/files")
@Tag(name = "e-Office files", description = "E-files: open, read, note, correspondence, drafts, volumes, parts")
public class FileController {

    private final Eoffice eoffice;
    private final Desks desks;

    public FileController(Eoffice eoffice, Desks desks) {
        this.eoffice = eoffice;
        this.desks = desks;
    }

    @PostMapping
    @Operation(summary = "Open a file at the acting desk, numbered by the office's scheme (or a free-form legacy number)")
    public ResponseEntity<ItemView> create(@RequestBody NewFile body, Principal user,
                                           @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        EofficeRequests.require(body);
        EFile file = eoffice.files().create(desks.acting(user, desk), body);
        return ResponseEntity.created(URI.create("/api/v1/eoffice/files/" + file.item().nodeId())).body(ItemView.of(file));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A file with its number, holder and properties")
    public ItemView get(@PathVariable UUID id, Principal user) {
        return ItemView.of(eoffice.files().get(user.getName(), id));
    }

    @PostMapping("/{id}/volumes")
    @Operation(summary = "Open the next volume of a file (by the holding desk)")
    public ResponseEntity<ItemView> newVolume(@PathVariable UUID id, Principal user,
                                              @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return ResponseEntity.status(201).body(ItemView.of(eoffice.files().newVolume(desks.acting(user, desk), id)));
    }

    @PostMapping("/{id}/parts")
    @Operation(summary = "Open a part file at the acting desk")
    public ResponseEntity<ItemView> newPart(@PathVariable UUID id, Principal user,
                                            @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return ResponseEntity.status(201).body(ItemView.of(eoffice.files().newPart(desks.acting(user, desk), id)));
    }

    @GetMapping("/{id}/notes")
    @Operation(summary = "The notesheet: green notes and the caller's own yellow ones, in paragraph order")
    public List<NoteView> notes(@PathVariable UUID id, Principal user) {
        return eoffice.notes().list(user.getName(), id).stream().map(NoteView::of).toList();
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Write a yellow note as the next paragraph (by the holding desk)")
    public ResponseEntity<NoteView> addNote(@PathVariable UUID id, @RequestBody EofficeRequests.NoteText body,
                                            Principal user, @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        EofficeRequests.require(body);
        var note = eoffice.notes().add(desks.acting(user, desk), id, body.text(), body.correspondence());
        return ResponseEntity.created(URI.create("/api/v1/eoffice/notes/" + note.id())).body(NoteView.of(note));
    }

    @GetMapping("/{id}/correspondence")
    @Operation(summary = "The receipts in the file with their page ranges")
    public List<ItemView> correspondence(@PathVariable UUID id, Principal user) {
        return eoffice.receipts().correspondence(user.getName(), id).stream().map(ItemView::of).toList();
    }

    @PostMapping("/{id}/correspondence")
    @Operation(summary = "Put a receipt held by the desk into the file; its pages follow the file's last page")
    public ResponseEntity<ItemView> putInFile(@PathVariable UUID id, @RequestBody EofficeRequests.PutInFile body,
                                              Principal user, @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        EofficeRequests.require(body);
        if (body.receiptId() == null) {
            throw new InvalidRequestException("receiptId is required");
        }
        return ResponseEntity.status(201).body(ItemView.of(eoffice.receipts().putInFile(desks.acting(user, desk),
                body.receiptId(), id, body.pages() == null ? 1 : body.pages())));
    }

    @GetMapping("/{id}/drafts")
    @Operation(summary = "The drafts in the file")
    public List<Draft> drafts(@PathVariable UUID id, Principal user) {
        return eoffice.drafts().ofFile(user.getName(), id);
    }

    @PostMapping("/{id}/drafts")
    @Operation(summary = "Write a draft for approval in the file (by the holding desk), optionally replying to a receipt in it")
    public ResponseEntity<Draft> addDraft(@PathVariable UUID id, @RequestBody EofficeRequests.NewDraft body,
                                          Principal user, @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        EofficeRequests.require(body);
        Draft draft = eoffice.drafts().create(desks.acting(user, desk), id, body.subject(), body.addressee(), body.text(),
                body.replyTo());
        return ResponseEntity.created(URI.create("/api/v1/eoffice/drafts/" + draft.id())).body(draft);
    }
}
