package org.daftar.server.security.login;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked: the caller must wait ({@link Delayed}) or the account is
 * locked ({@link Locked}). Each surface turns it into its own answer (429 or 401 problem, login page, CMIS error).
 */
public abstract sealed class LoginRefusedException extends AuthenticationException {

    private final Instant until;
    private final long retryAfterSeconds;

    private LoginRefusedException(String message, Instant until, long retryAfterSeconds) {
        super(message);
        this.until = until;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When the refusal ends. */
    public Instant until() {
        return until;
    }

    /** Whole seconds until then, at least one (the value of {@code Retry-After}). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The refusal for a verdict other than {@link LoginVerdict.Allowed}. */
    static LoginRefusedException of(String username, LoginVerdict verdict) {
        return switch (verdict) {
            case LoginVerdict.Delayed d -> new Delayed(d.until(), d.retryAfterSeconds());
            case LoginVerdict.Locked l -> new Locked(username, l.until(), l.retryAfterSeconds());
            case LoginVerdict.Allowed a -> throw new IllegalArgumentException("An allowed attempt is not refused");
        };
    }

    /** Too many failed sign-ins from this account or address just now. */
    public static final class Delayed extends LoginRefusedException {
        Delayed(Instant until, long retryAfterSeconds) {
            super("Too many failed sign-ins; try again in " + retryAfterSeconds + " second"
                    + (retryAfterSeconds == 1 ? "" : "s") + " (after " + until + ")", until, retryAfterSeconds);
        }
    }

    /** The account is locked. */
    public static final class Locked extends LoginRefusedException {
        Locked(String username, Instant until, long retryAfterSeconds) {
            super("The account '" + LoginProtection.printable(username) + "' is locked after too many failed sign-ins until "
                    + until + "; an administrator can unlock it sooner", until, retryAfterSeconds);
        }
    }
}
