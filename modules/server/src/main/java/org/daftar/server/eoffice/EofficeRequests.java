package org.daftar.server.eoffice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the e-Office API. */
final class EofficeRequests {

    private EofficeRequests() {
    }

    /** Refuses a request that came without its JSON body (every e-Office write takes one). */
    static void require(Object body) {
        if (body == null) {
            throw new org.daftar.eoffice.InvalidRequestException("Send a JSON object");
        }
    }

    record NewOffice(Long parentId, String code, String nameEn, String nameHi, String level, String fileScheme,
                     Boolean freeNumbers) {
    }

    record NewSection(String code, String nameEn, String nameHi) {
    }

    record NewPost(String designationEn, String designationHi, Integer rank, Boolean officer) {
    }

    record Assign(String username, Boolean makeDefault) {
    }

    record NewHead(String code, String description) {
    }

    record NoteText(String text, List<String> correspondence) {
    }

    record PutInFile(UUID receiptId, Integer pages) {
    }

    record NewDraft(String subject, String addressee, String text, UUID replyTo) {
    }

    record DraftText(String text) {
    }

    record Issue(String mode) {
    }

    /** A send: to which post, with what remarks, priority ({@code Normal}, {@code Immediate}, {@code Most Immediate}) and due date. */
    record Send(Long toPostId, String remarks, String priority, LocalDate dueDate) {
    }

    record Remarks(String remarks) {
    }

    /** A receipt to diarise; absent flags are false ({@code electronic} true needs the scan as a multipart part). */
    record ReceiptRequest(String subject, String category, String subCategory, String senderName,
                          String senderDesignation, String senderOrganisation, String senderAddress, String senderState,
                          String senderCity, String senderPin, String senderEmail, String senderMobile,
                          String letterNumber, LocalDate letterDate, LocalDate receivedDate, String deliveryMode,
                          String grading, Boolean vip, Boolean electronic, Boolean hindi, String enclosures,
                          String remarks) {

        org.daftar.eoffice.receipt.NewReceipt toNewReceipt() {
            return new org.daftar.eoffice.receipt.NewReceipt(subject, category, subCategory, senderName,
                    senderDesignation, senderOrganisation, senderAddress, senderState, senderCity, senderPin,
                    senderEmail, senderMobile, letterNumber, letterDate, receivedDate, deliveryMode, grading,
                    Boolean.TRUE.equals(vip), Boolean.TRUE.equals(electronic), Boolean.TRUE.equals(hindi), enclosures,
                    remarks);
        }
    }
}
