package org.daftar.eoffice.pendency;

/**
 * A line of the district review table: what an office moved through e-Office in a period and what it has pending.
 * Ranked by items handled (files created + receipts diarised + sends + closures), then by fewer overdue items.
 */
public record OfficeRank(int rank, long officeId, String code, String name, String nameHi, long created, long received,
                         long sent, long closed, long pending, long overdue, long handled) {
}
