package org.daftar.eoffice.organisation;

/**
 * A desk: a designation in a section, e.g. "Assistant Grade-2, Revenue Section, Collectorate Sehore".
 *
 * @param rank    seniority in the office, higher is senior (drafts are approved by a senior desk)
 * @param officer whether it is an officer's post (officers may read their office's Normal files)
 * @param holder  the user holding it now, or {@code null} when vacant
 */
public record Post(long id, long sectionId, long officeId, String designationEn, String designationHi, int rank,
                   boolean officer, String titleEn, String titleHi, String holder) {
}
