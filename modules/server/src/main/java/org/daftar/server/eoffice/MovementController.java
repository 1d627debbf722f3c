package org.daftar.server.eoffice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.HoldingPeriod;
import org.daftar.eoffice.movement.Movement;
import org.daftar.eoffice.movement.Priority;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Movement of files and receipts alike ({@code /files/{id}/...} and {@code /receipts/{id}/...}): send, open, pull
 * back, park, make active, close, reopen; the history and who held it when.
 */
@RestController
@RequestMapping("/api/v1/eoffice/{kind:files|receipts}/{id}")
@Tag(name = "e-Office movement", description = "Send, open, pull back, park, activate, close, reopen; history")
public class MovementController {

    private final Eoffice eoffice;
    private final Desks desks;

    public MovementController(Eoffice eoffice, Desks desks) {
        this.eoffice = eoffice;
        this.desks = desks;
    }

    @PostMapping("/send")
    @Operation(summary = "Send to another desk with remarks, priority and due date; 409 names the holder if the desk does not hold it")
    public ResponseEntity<Movement> send(@PathVariable String kind, @PathVariable UUID id,
                                         @RequestBody EofficeRequests.Send body, Principal user,
                                         @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        EofficeRequests.require(body);
        if (body.toPostId() == null) {
            throw new InvalidRequestException("toPostId is required");
        }
        return ResponseEntity.status(201).body(eoffice.movements().send(desks.acting(user, desk), id, kind(kind),
                body.toPostId(), body.remarks(), Priority.parse(body.priority()), body.dueDate()));
    }

    @PostMapping("/open")
    @Operation(summary = "Open a received item (marks it read; the sender can no longer pull it back)")
    public Map<String, Boolean> open(@PathVariable String kind, @PathVariable UUID id, Principal user,
                                     @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return Map.of("markedRead", eoffice.movements().open(desks.acting(user, desk), id, kind(kind)));
    }

    @PostMapping("/pull-back")
    @Operation(summary = "Pull back an item this desk sent, while the receiver has not opened it")
    public Movement pullBack(@PathVariable String kind, @PathVariable UUID id, Principal user,
                             @RequestBody(required = false) EofficeRequests.Remarks body,
                             @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return eoffice.movements().pullBack(desks.acting(user, desk), id, kind(kind), remarks(body));
    }

    @PostMapping("/park")
    @Operation(summary = "Park: out of pendency while waiting for something outside")
    public Movement park(@PathVariable String kind, @PathVariable UUID id, Principal user,
                         @RequestBody(required = false) EofficeRequests.Remarks body,
                         @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return eoffice.movements().park(desks.acting(user, desk), id, kind(kind), remarks(body));
    }

    @PostMapping("/activate")
    @Operation(summary = "Make a parked item active again")
    public Movement activate(@PathVariable String kind, @PathVariable UUID id, Principal user,
                             @RequestBody(required = false) EofficeRequests.Remarks body,
                             @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return eoffice.movements().activate(desks.acting(user, desk), id, kind(kind), remarks(body));
    }

    @PostMapping("/close")
    @Operation(summary = "Close (only the creating desk, holding it, with a remark)")
    public Movement close(@PathVariable String kind, @PathVariable UUID id, Principal user,
                          @RequestBody(required = false) EofficeRequests.Remarks body,
                          @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return eoffice.movements().close(desks.acting(user, desk), id, kind(kind), remarks(body));
    }

    @PostMapping("/reopen")
    @Operation(summary = "Reopen (only the desk that closed it)")
    public Movement reopen(@PathVariable String kind, @PathVariable UUID id, Principal user,
                           @RequestBody(required = false) EofficeRequests.Remarks body,
                           @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        return eoffice.movements().reopen(desks.acting(user, desk), id, kind(kind), remarks(body));
    }

    @GetMapping("/movements")
    @Operation(summary = "The complete movement history, oldest first")
    public List<Movement> history(@PathVariable String kind, @PathVariable UUID id, Principal user) {
        return eoffice.movements().history(user.getName(), id);
    }

    @GetMapping("/holders")
    @Operation(summary = "Who held it, from when to when, with what remark; the last entry is where it is now")
    public List<HoldingPeriod> holders(@PathVariable String kind, @PathVariable UUID id, Principal user) {
        return eoffice.movements().holders(user.getName(), id);
    }

    private static ItemKind kind(String path) {
        return path.equals("files") ? ItemKind.file : ItemKind.receipt;
    }

    private static String remarks(EofficeRequests.Remarks body) {
        return body == null ? null : body.remarks();
    }
}
