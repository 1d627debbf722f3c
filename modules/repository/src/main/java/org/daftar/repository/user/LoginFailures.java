package org.daftar.repository.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code login_failure} table: failed sign-ins counted per account and per client address. Kept in the database
 * so that every server process sharing it sees the same counts and locks; each change is one statement, so
 * concurrent failures from several processes are all counted. The times are the caller's (the servers' clocks are
 * assumed synchronised, as for any cluster).
 */
public final class LoginFailures {

    /** Longer subjects (attempted user names) are cut to this length. */
    public static final int MAX_SUBJECT_LENGTH = 200;

    private final JdbcClient jdbc;

    public LoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is counted: an account name (existing or not) or a client address. */
    public enum Kind {
        ACCOUNT, ADDRESS
    }

    /**
     * The failures of one subject in the current window.
     *
     * @param lockedUntil when the account's lock ends; null when it is not locked
     */
    public record Tally(Kind kind, String subject, int failures, Instant firstAt, Instant lastAt, Instant lockedUntil) {
    }

    /** The tallies of an account and of an address (either or both may be missing). */
    public List<Tally> of(String account, String address) {
        return jdbc.sql("""
                SELECT * FROM login_failure
                WHERE (kind = 'ACCOUNT' AND subject = ?) OR (kind = 'ADDRESS' AND subject = ?)
                """)
                .params(subject(account), subject(address))
                .query(LoginFailures::tally)
                .list();
    }

    /**
     * Counts one failure and returns the new tally. A count whose window began before {@code windowStart}, or whose
     * lock has ended, starts again at one.
     */
    public Tally fail(Kind kind, String subject, Instant now, Instant windowStart) {
        return jdbc.sql("""
                INSERT INTO login_failure AS f (kind, subject, failures, first_at, last_at)
                VALUES (:kind, :subject, 1, :now, :now)
                ON CONFLICT (kind, subject) DO UPDATE SET
                    failures = CASE WHEN f.first_at < :windowStart OR f.locked_until <= :now THEN 1
                                    ELSE f.failures + 1 END,
                    first_at = CASE WHEN f.first_at < :windowStart OR f.locked_until <= :now THEN :now
                                    ELSE f.first_at END,
                    locked_until = CASE WHEN f.locked_until <= :now THEN NULL ELSE f.locked_until END,
                    last_at = greatest(f.last_at, :now)
                RETURNING *
                """)
                .param("kind", kind.name())
                .param("subject", subject(subject))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(windowStart))
                .query(LoginFailures::tally)
                .single();
    }

    /** Locks the account until {@code until}; returns false when it was already locked (by another process). */
    public boolean lock(String account, Instant until) {
        return jdbc.sql("""
                UPDATE login_failure SET locked_until = ? WHERE kind = 'ACCOUNT' AND subject = ? AND locked_until IS NULL
                """)
                .params(Timestamp.from(until), subject(account))
                .update() == 1;
    }

    /** Forgets an account's failures after a successful sign-in (a lock still in force is kept). */
    public void forget(String account, Instant now) {
        jdbc.sql("""
                DELETE FROM login_failure
                WHERE kind = 'ACCOUNT' AND subject = ? AND (locked_until IS NULL OR locked_until <= ?)
                """)
                .params(subject(account), Timestamp.from(now))
                .update();
    }

    /** Ends an account's lock and forgets its failures; returns false when it was not locked. */
    public boolean unlock(String account, Instant now) {
        return jdbc.sql("DELETE FROM login_failure WHERE kind = 'ACCOUNT' AND subject = ? AND locked_until > ?")
                .params(subject(account), Timestamp.from(now))
                .update() == 1;
    }

    /** The accounts locked at {@code now}, the lock ending soonest first. */
    public List<Tally> locked(Instant now) {
        return jdbc.sql("SELECT * FROM login_failure WHERE locked_until > ? ORDER BY locked_until, subject")
                .param(Timestamp.from(now))
                .query(LoginFailures::tally)
                .list();
    }

    /** The lock of one account, if it is locked at {@code now}. */
    public Optional<Tally> lockOf(String account, Instant now) {
        return jdbc.sql("SELECT * FROM login_failure WHERE kind = 'ACCOUNT' AND subject = ? AND locked_until > ?")
                .params(subject(account), Timestamp.from(now))
                .query(LoginFailures::tally)
                .optional();
    }

    /** Removes rows that no longer count: last failure before {@code staleBefore} and no lock in force. */
    public int removeStale(Instant staleBefore, Instant now) {
        return jdbc.sql("""
                DELETE FROM login_failure WHERE last_at < ? AND (locked_until IS NULL OR locked_until <= ?)
                """)
                .params(Timestamp.from(staleBefore), Timestamp.from(now))
                .update();
    }

    /** The subject as stored: at most {@link #MAX_SUBJECT_LENGTH} characters. */
    public static String subject(String value) {
        return value.length() <= MAX_SUBJECT_LENGTH ? value : value.substring(0, MAX_SUBJECT_LENGTH);
    }

    private static Tally tally(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Tally(Kind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getInt("failures"),
                rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant(),
                locked == null ? null : locked.toInstant());
    }
}
