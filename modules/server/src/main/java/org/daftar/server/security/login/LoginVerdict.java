package org.daftar.server.security.login;

import java.time.Instant;

/** Whether a sign-in attempt may check its password now. */
public sealed interface LoginVerdict {

    /** It may; {@code accountHasFailures} says whether a success has failures to forget. */
    record Allowed(boolean accountHasFailures) implements LoginVerdict {
    }

    /** Not before {@code until}: the account or the address failed too often just now. */
    record Delayed(Instant until, long retryAfterSeconds) implements LoginVerdict {
    }

    /** The account is locked until {@code until}, whatever the password. */
    record Locked(Instant until, long retryAfterSeconds) implements LoginVerdict {
    }
}
