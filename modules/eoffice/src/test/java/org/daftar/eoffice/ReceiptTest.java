package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.receipt.NewReceipt;
import org.daftar.eoffice.receipt.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class ReceiptTest extends EofficeTestBase {

    @Test
    void diaryNumbersAreSerialPerYearPerOfficeAndMarkHindiReceipts() {
        Receipt first = physicalReceipt(sehore.assistant(), "पहला पत्र");
        Receipt second = physicalReceipt(sehore.assistant(), "दूसरा पत्र");
        long a = Long.parseLong(first.item().number().split("/")[0]);
        assertThat(second.item().number()).isEqualTo((a + 1) + "/2026/COLL-SEH");
        Receipt hindi = eoffice.receipts().diarise(sehore.assistant(), receipt("हिंदी पत्र", false, true), null, null);
        assertThat(hindi.item().number()).matches("[0-9]+-H/2026/COLL-SEH");
        assertThat(hindi.node().properties().get("eo:diaryNumber")).isEqualTo(hindi.item().number());
    }

    @Test
    void twoClerksDiarisingAtOnceNeverGetTheSameNumber() throws Exception {
        int threads = 8;
        int each = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        numbers.add(physicalReceipt(sehore.clerk(), "concurrent " + i).item().number());
                    }
                    return numbers;
                }));
            }
            start.countDown();
            Set<String> all = new HashSet<>();
            for (Future<List<String>> r : results) {
                all.addAll(r.get());
            }
            assertThat(all).hasSize(threads * each);
        }
    }

    @Test
    void theDatabaseRefusesADuplicateDiaryNumber() {
        Receipt receipt = physicalReceipt(sehore.assistant(), "Duplicate guard");
        assertThatThrownBy(() -> jdbc.sql("UPDATE eo_item SET number = (SELECT number FROM eo_item WHERE node_id <> ? "
                + "AND kind = 'receipt' AND office_id = ? LIMIT 1) WHERE node_id = ?")
                .params(receipt.item().nodeId(), receipt.item().officeId(), receipt.item().nodeId()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void electronicDiarisationNeedsTheScanAndStoresIt() {
        assertThatThrownBy(() -> eoffice.receipts().diarise(sehore.assistant(), receipt("no scan", true, false), null, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("scanned letter");
        Receipt receipt = eoffice.receipts().diarise(sehore.assistant(), receipt("with scan", true, false),
                new ByteArrayInputStream("%PDF-1.4 letter".getBytes(StandardCharsets.UTF_8)), "application/pdf");
        assertThat(receipt.node().content().size()).isPositive();
        assertThat(receipt.node().properties().get("eo:receiptForm")).isEqualTo("Electronic");
    }

    @Test
    void receivedDateLetterDateAndDeliveryModeFreezeAfterTheFirstMovement() {
        Receipt receipt = physicalReceipt(sehore.assistant(), "Frozen fields");
        var id = receipt.item().nodeId();
        eoffice.receipts().update(sehore.assistant(), id, Map.of("receivedDate", "2026-03-02", "deliveryMode", "Post"));
        eoffice.movements().send(sehore.assistant(), id, ItemKind.receipt, sehore.os().postId(), null, null, null);

        assertThatThrownBy(() -> eoffice.receipts().update(sehore.os(), id, Map.of("receivedDate", "2026-03-01")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("receivedDate is frozen")
                .extracting(e -> ((RuleViolationException) e).details()).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("field", "receivedDate");
        assertThatThrownBy(() -> eoffice.receipts().update(sehore.os(), id, Map.of("deliveryMode", "Hand")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("deliveryMode");
        assertThatThrownBy(() -> eoffice.receipts().update(sehore.os(), id, Map.of("letterDate", "2026-01-01")))
                .isInstanceOf(RuleViolationException.class);
        Receipt changed = eoffice.receipts().update(sehore.os(), id, Map.of("subject", "Frozen fields (corrected)"));
        assertThat(changed.node().properties().get("eo:subject")).isEqualTo("Frozen fields (corrected)");
        assertThatThrownBy(() -> jdbc.sql("UPDATE eo_receipt SET delivery_mode = 'Fax' WHERE node_id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("frozen");
    }

    @Test
    void aReceiptPutInAFileBecomesCorrespondenceWithPagesAndTravelsWithTheFile() {
        EFile file = newFile(sehore.assistant(), "Correspondence");
        Receipt one = physicalReceipt(sehore.assistant(), "first letter");
        Receipt two = physicalReceipt(sehore.assistant(), "second letter");
        eoffice.receipts().putInFile(sehore.assistant(), one.item().nodeId(), file.item().nodeId(), 3);
        Receipt put = eoffice.receipts().putInFile(sehore.assistant(), two.item().nodeId(), file.item().nodeId(), 2);
        assertThat(put.pages()).isEqualTo("4-5");
        assertThatThrownBy(() -> eoffice.movements().send(sehore.assistant(), two.item().nodeId(), ItemKind.receipt,
                sehore.os().postId(), null, null, null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("send the file");
        send(sehore.assistant(), file, sehore.os());
        assertThat(eoffice.receipts().correspondence(sehore.os().username(), file.item().nodeId()))
                .extracting(Receipt::pages).containsExactly("1-3", "4-5");
        assertThat(eoffice.receipts().get(sehore.os().username(), one.item().nodeId())).isNotNull();
    }

    @Test
    void receiptsInAFileAreTouchedWhenTheFileReachesANewDeskSoThatSearchReReadsTheirReaders() {
        EFile file = newFile(sehore.assistant(), "Touch");
        Receipt receipt = physicalReceipt(sehore.assistant(), "letter read by the file's chain");
        eoffice.receipts().putInFile(sehore.assistant(), receipt.item().nodeId(), file.item().nodeId(), 1);
        clock.advance(java.time.Duration.ofHours(1));
        java.time.Instant beforeSend = clock.instant();
        send(sehore.assistant(), file, sehore.os());
        assertThat(repository.nodes().get(receipt.item().nodeId()).modifiedAt()).isAfter(beforeSend);
    }

    @Test
    void aReceiptWithAnUndispatchedDraftCannotBeClosed() {
        EFile file = newFile(sehore.assistant(), "Reply pending");
        Receipt receipt = physicalReceipt(sehore.assistant(), "needs reply");
        eoffice.receipts().putInFile(sehore.assistant(), receipt.item().nodeId(), file.item().nodeId(), 1);
        eoffice.drafts().create(sehore.assistant(), file.item().nodeId(), "Reply", "Tehsildar Ashta", "उत्तर",
                receipt.item().nodeId());
        assertThatThrownBy(() -> eoffice.movements().close(sehore.assistant(), receipt.item().nodeId(), ItemKind.receipt,
                "replied")).isInstanceOf(RuleViolationException.class).hasMessageContaining("not yet dispatched");
    }

    private NewReceipt receipt(String subject, boolean electronic, boolean hindi) {
        return new NewReceipt(subject, null, null, "Commissioner Bhopal", null, null, null, null, null, "466001", null,
                null, null, null, LocalDate.parse("2026-03-01"), null, null, true, electronic, hindi, null, null);
    }
}
