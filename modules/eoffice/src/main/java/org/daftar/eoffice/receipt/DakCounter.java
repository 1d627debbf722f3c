package org.daftar.eoffice.receipt;

import java.io.InputStream;
import java.time.LocalDate;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Movements;
import org.daftar.eoffice.movement.Priority;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Generate & Send", the receipt counter's most common action: diarise a letter and send it to the dealing desk in one
 * step, so that either both happen or neither (no orphan diary number is left at the counter).
 */
public final class DakCounter {

    private final Receipts receipts;
    private final Movements movements;
    private final TransactionTemplate transaction;

    public DakCounter(Receipts receipts, Movements movements, TransactionTemplate transaction) {
        this.receipts = receipts;
        this.movements = movements;
        this.transaction = transaction;
    }

    /** Diarises the receipt at the counter's desk and sends it to {@code toPost}. */
    public Receipt generateAndSend(ActingDesk counter, NewReceipt receipt, InputStream scan, String mimeType,
                                   long toPost, String remarks, Priority priority, LocalDate dueDate) {
        return transaction.execute(status -> {
            Receipt diarised = receipts.diarise(counter, receipt, scan, mimeType);
            movements.send(counter, diarised.item().nodeId(), ItemKind.receipt, toPost, remarks, priority, dueDate);
            return receipts.get(counter.username(), diarised.item().nodeId());
        });
    }
}
