package org.daftar.eoffice.draft;

import java.util.List;

/**
 * One page of an office's dispatch register for a year, newest first.
 *
 * @param entries the page's entries
 * @param total   how many entries the year's register holds
 */
public record RegisterPage(List<RegisterEntry> entries, long total) {

    public RegisterPage {
        entries = List.copyOf(entries);
    }
}
