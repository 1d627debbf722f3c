package org.daftar.eoffice;

/**
 * A user acting for a post they hold, checked by {@code Organisation.actingDesk}. Every e-Office action is taken by
 * a desk: the post is what files and receipts are addressed to; the user is recorded for the audit.
 *
 * @param postId    the post (desk)
 * @param sectionId its section
 * @param officeId  its office
 * @param rank      its seniority in the office (higher is senior)
 * @param username  the user acting for it
 */
public record ActingDesk(long postId, long sectionId, long officeId, int rank, String username) {
}
