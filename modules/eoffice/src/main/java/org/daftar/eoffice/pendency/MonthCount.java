package org.daftar.eoffice.pendency;

/**
 * An office's month: files created, receipts received (diarised), sends from its desks, items closed.
 *
 * @param month {@code 2026-03}
 */
public record MonthCount(String month, long created, long received, long sent, long closed) {
}
