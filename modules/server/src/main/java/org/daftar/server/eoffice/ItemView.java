package org.daftar.server.eoffice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.Item;
import org.daftar.eoffice.receipt.Receipt;

/**
 * A file or receipt as the API shows it: its number and whereabouts, and the node's properties ({@code eo:} names).
 *
 * @param notesheetId for a file, its notesheet document
 * @param frozen      for a receipt, whether its dates and delivery mode are frozen (it has moved)
 * @param pages       for a receipt in a file, its page range there
 */
public record ItemView(UUID id, String kind, String number, Long computerNumber, String subject, String grading,
                       boolean vip, String status, long officeId, long sectionId, long createdByPost, Instant createdAt,
                       long holderPost, Instant heldSince, LocalDate dueDate, Instant closedAt, UUID inFile,
                       UUID notesheetId, Boolean frozen, String pages, Map<String, Object> properties) {

    static ItemView of(EFile file) {
        return of(file.item(), file.node().properties(), file.notesheetId(), null, null);
    }

    static ItemView of(Receipt receipt) {
        return of(receipt.item(), receipt.node().properties(), null, receipt.frozen(), receipt.pages());
    }

    private static ItemView of(Item i, Map<String, Object> properties, UUID notesheet, Boolean frozen, String pages) {
        return new ItemView(i.nodeId(), i.kind().name(), i.number(), i.computerNumber(), i.subject(), i.grading().name(),
                i.vip(), i.status().name(), i.officeId(), i.sectionId(), i.createdByPost(), i.createdAt(), i.holderPost(),
                i.heldSince(), i.dueDate(), i.closedAt(), i.inFile(), notesheet, frozen, pages, properties);
    }
}
