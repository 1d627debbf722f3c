package org.daftar.server.eoffice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.movement.DeskFolders.Folder;
import org.daftar.eoffice.movement.FolderEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A desk's folders — inbox, sent, created, parked, closed — and "my items pending with others"; for its holder. */
@RestController
@RequestMapping("/api/v1/eoffice/desks/{postId}")
@Tag(name = "e-Office desk folders", description = "Inbox (unread first), Sent, Created, Parked, Closed, pending with others")
public class DeskFolderController {

    private final Eoffice eoffice;

    public DeskFolderController(Eoffice eoffice) {
        this.eoffice = eoffice;
    }

    @GetMapping("/{folder:inbox|sent|created|parked|closed|withOthers}")
    @Operation(summary = "One page of a folder of a desk the caller holds; kind=file or receipt to narrow it")
    public List<FolderEntry> folder(@PathVariable long postId, @PathVariable String folder,
                                    @RequestParam(required = false) String kind,
                                    @RequestParam(defaultValue = "0") int skipCount,
                                    @RequestParam(defaultValue = "100") int maxItems, Principal user) {
        eoffice.organisation().actingDesk(user.getName(), postId);
        if (skipCount < 0 || maxItems < 1 || maxItems > 1000) {
            throw new InvalidRequestException("skipCount must be 0 or more and maxItems between 1 and 1000");
        }
        return eoffice.folders().list(postId, Folder.valueOf(folder), kind, skipCount, maxItems);
    }

    @GetMapping("/pending-with-others")
    @Operation(summary = "One page of the items this desk created that are pending at other desks, longest waiting "
            + "first; format=csv for CSV")
    public ResponseEntity<?> pendingWithOthers(@PathVariable long postId, @RequestParam(required = false) String kind,
                                               @RequestParam(defaultValue = "0") int skipCount,
                                               @RequestParam(defaultValue = "100") int maxItems,
                                               @RequestParam(defaultValue = "json") String format, Principal user) {
        List<FolderEntry> entries = folder(postId, Folder.withOthers.name(), kind, skipCount, maxItems, user);
        return Csv.answer(format, entries, "pending-with-others.csv", Csv.of(
                List.of("number", "kind", "subject", "holder_post", "with_holder_since", "due_date", "priority"),
                entries.stream().map(e -> List.<Object>of(e.number(), e.kind(), Csv.text(e.subject()), e.holderPost(),
                        e.since().toString(), e.dueDate() == null ? "" : e.dueDate().toString(),
                        e.priority() == null ? "" : e.priority())).toList()));
    }
}
