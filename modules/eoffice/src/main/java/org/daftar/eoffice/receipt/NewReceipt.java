package org.daftar.eoffice.receipt;

import java.time.LocalDate;

/**
 * What the receipt counter fills in when diarising a letter. {@code electronic} receipts need the scan attached;
 * physical ones are metadata only, for tracking. {@code hindi} marks the diary number {@code -H} (CSMOP).
 */
public record NewReceipt(String subject, String category, String subCategory, String senderName,
                         String senderDesignation, String senderOrganisation, String senderAddress, String senderState,
                         String senderCity, String senderPin, String senderEmail, String senderMobile,
                         String letterNumber, LocalDate letterDate, LocalDate receivedDate, String deliveryMode,
                         String grading, boolean vip, boolean electronic, boolean hindi, String enclosures,
                         String remarks) {
}
