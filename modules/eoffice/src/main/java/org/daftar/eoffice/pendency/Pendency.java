package org.daftar.eoffice.pendency;

/**
 * Pending work of one desk, section or office: items active with it, by age at the current desk, and how many are
 * past their due date; parked items are out of pendency and counted apart.
 *
 * @param id    the post, section or office id
 * @param name  its English name (for a post: the full designation)
 * @param nameHi its Hindi name
 */
public record Pendency(long id, String name, String nameHi, long pending, long days0to7, long days8to15,
                       long days16to30, long over30, long overdue, long parked) {
}
