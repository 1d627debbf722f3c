package org.daftar.eoffice.organisation;

/**
 * An office at any level of the hierarchy (state, division, district, tehsil, block, panchayat).
 *
 * @param parentId    the office above it, or {@code null} at the top
 * @param code        short code used in numbers, e.g. {@code COLL-SEH}
 * @param fileScheme  the file-number scheme, e.g. {@code {head}/{serial}/{year}-{section}}
 * @param freeNumbers whether legacy files may keep free-form numbers
 * @param filesFolder    the repository folder holding its files
 * @param receiptsFolder the repository folder holding its receipts
 */
public record Office(long id, Long parentId, String code, String nameEn, String nameHi, String level,
                     String fileScheme, boolean freeNumbers, java.util.UUID filesFolder, java.util.UUID receiptsFolder) {
}
