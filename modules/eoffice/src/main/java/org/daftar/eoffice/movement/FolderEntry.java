package org.daftar.eoffice.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a desk's folder (inbox, sent, created, parked, closed).
 *
 * @param unread   in the inbox: received and not opened yet
 * @param fromPost who sent it (inbox) — or, in Sent, the receiving desk is {@code holderPost}
 * @param since    when it reached its current holder
 */
public record FolderEntry(UUID itemId, String kind, String number, String subject, String grading, boolean vip,
                          String status, long holderPost, Instant since, LocalDate dueDate, boolean unread,
                          Long fromPost, String remarks, String priority, Instant sentAt) {
}
