package org.daftar.eoffice.numbering;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The next number of a series (file serial per head and year, diary serial per year, dispatch serial per year) for
 * an office. One upsert takes the row lock and returns the new value, inside the caller's transaction: concurrent
 * callers queue on the row, and a rolled-back caller gives its number back. UNIQUE constraints on the numbered
 * tables stand behind it.
 */
public final class Counters {

    /** Kinds of series. */
    public enum Kind { file, diary, dispatch }

    private final JdbcClient jdbc;

    public Counters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Advances the series and returns its new value (1 for a new series). Call inside a transaction. */
    public long next(long officeId, Kind kind, String scope, int year) {
        return jdbc.sql("""
                        INSERT INTO eo_counter (office_id, kind, scope, year, last_value) VALUES (?, ?, ?, ?, 1)
                        ON CONFLICT (office_id, kind, scope, year) DO UPDATE SET last_value = eo_counter.last_value + 1
                        RETURNING last_value""")
                .params(officeId, kind.name(), scope == null ? "" : scope, year).query(Long.class).single();
    }

    /** The next internal computer number, which never changes for a file. */
    public long nextComputerNumber() {
        return jdbc.sql("SELECT nextval('eo_computer_number')").query(Long.class).single();
    }
}
