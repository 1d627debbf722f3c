package org.daftar.server.security.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.repository.audit.AuditAction;
import org.daftar.repository.audit.AuditLog;
import org.daftar.repository.user.LoginFailures;
import org.daftar.repository.user.LoginFailures.Kind;
import org.daftar.repository.user.LoginFailures.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a sign-in attempt may check its password, and counts, logs and audits the failures. Shared by
 * every way in: the API's HTTP Basic and the web form (through {@link ThrottledAuthenticationProvider}) and CMIS.
 *
 * <p>An account whose failures in the window reach {@code failuresBeforeDelay}, or an address whose failures reach
 * {@code addressFailuresBeforeDelay}, must wait after each further failure: first {@code firstDelay}, then twice as
 * long each time, at most {@code maxDelay}. An attempt during the wait is refused at once, without checking the
 * password (so it neither ties up a server thread nor costs an Argon2 check) and without being counted. At
 * {@code failuresBeforeLock} the account is locked for {@code lockDuration}: every attempt is refused, the right
 * password too, until the lock ends or an administrator unlocks it. Names that do not exist are counted and locked
 * the same way, so the answers do not tell which accounts exist. Addresses are never locked.
 */
public final class LoginProtection {

    /** The actor of an audit event about a sign-in without a user name. */
    static final String NO_NAME = "(no name)";

    private static final Logger log = LoggerFactory.getLogger(LoginProtection.class);

    private final LoginFailures failures;
    private final AuditLog audit;
    private final LoginProtectionProperties settings;
    private final Clock clock;

    public LoginProtection(LoginFailures failures, AuditLog audit, LoginProtectionProperties settings, Clock clock) {
        this.failures = failures;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** A locked account as the administrator sees it. */
    public record Lock(String username, Instant lockedUntil, int failures, Instant lastFailureAt) {
    }

    /** Whether {@code username} may try a password from {@code address} now. */
    public LoginVerdict check(String username, String address) {
        Instant now = now();
        Instant windowStart = now.minus(settings.window());
        Instant waitUntil = null;
        boolean accountHasFailures = false;
        for (Tally tally : failures.of(accountKey(username), address)) {
            if (tally.lockedUntil() != null) {
                if (tally.lockedUntil().isAfter(now)) {
                    log.debug("Sign-in for '{}' from {} refused: locked until {}", printable(username), address,
                            tally.lockedUntil());
                    return new LoginVerdict.Locked(tally.lockedUntil(), secondsUntil(tally.lockedUntil(), now));
                }
                continue; // an ended lock starts the count again
            }
            if (tally.kind() == Kind.ACCOUNT) {
                accountHasFailures = true;
            }
            if (tally.firstAt().isBefore(windowStart)) {
                continue;
            }
            int threshold = tally.kind() == Kind.ACCOUNT ? settings.failuresBeforeDelay()
                    : settings.addressFailuresBeforeDelay();
            Duration delay = settings.delayAfter(tally.failures(), threshold);
            if (delay.isZero()) {
                continue;
            }
            Instant until = tally.lastAt().plus(delay);
            if (until.isAfter(now) && (waitUntil == null || until.isAfter(waitUntil))) {
                waitUntil = until;
            }
        }
        if (waitUntil == null) {
            return new LoginVerdict.Allowed(accountHasFailures);
        }
        // Refusals are not counted and only logged at DEBUG: an attacker hammering on would otherwise fill the log.
        log.debug("Sign-in for '{}' from {} refused: must wait until {}", printable(username), address, waitUntil);
        return new LoginVerdict.Delayed(waitUntil, secondsUntil(waitUntil, now));
    }

    /**
     * Counts a wrong password (or unknown name) for the account and the address, logs and audits it, and locks the
     * account when this failure reaches the limit.
     *
     * @param way {@code basic}, {@code form} or {@code cmis}
     */
    public void failed(String username, String address, String way) {
        Instant now = now();
        Instant windowStart = now.minus(settings.window());
        String name = printable(username);
        Tally account = failures.fail(Kind.ACCOUNT, accountKey(username), now, windowStart);
        Tally fromAddress = failures.fail(Kind.ADDRESS, address, now, windowStart);
        log.warn("Failed sign-in for '{}' from {} via {} (failures in the window: {} of the account, {} from the address)",
                name, address, way, account.failures(), fromAddress.failures());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", address);
        details.put("way", way);
        details.put("failures", account.failures());
        audit.appendAccountEvent(accountKey(username), AuditAction.LOGIN_FAILED, details);
        if (account.failures() >= settings.failuresBeforeLock()) {
            Instant until = now.plus(settings.lockDuration());
            if (failures.lock(accountKey(username), until)) {
                log.warn("Account '{}' locked until {} after {} failed sign-ins, the last from {} via {}", name, until,
                        account.failures(), address, way);
                Map<String, Object> lock = new LinkedHashMap<>(details);
                lock.put("lockedUntil", until.toString());
                audit.appendAccountEvent(accountKey(username), AuditAction.ACCOUNT_LOCKED, lock);
            }
        }
        // Old counts are cleared here, on the rare failure, instead of by a timer that every process would run.
        failures.removeStale(now.minus(settings.window()).minus(settings.maxDelay()), now);
    }

    /** A successful sign-in: forgets the account's failures (not the address's: a spray is not excused). */
    public void succeeded(String username, LoginVerdict.Allowed verdict) {
        if (verdict.accountHasFailures()) {
            failures.forget(accountKey(username), now());
        }
    }

    /** The accounts locked now. */
    public List<Lock> locked() {
        return failures.locked(now()).stream()
                .map(t -> new Lock(t.subject(), t.lockedUntil(), t.failures(), t.lastAt()))
                .toList();
    }

    /** The lock of one account, if it is locked now. */
    public java.util.Optional<Lock> lockOf(String username) {
        return failures.lockOf(accountKey(username), now())
                .map(t -> new Lock(t.subject(), t.lockedUntil(), t.failures(), t.lastAt()));
    }

    /** Ends an account's lock at an administrator's request; false when it was not locked. */
    public boolean unlock(String username, String administrator, String address) {
        if (!failures.unlock(accountKey(username), now())) {
            return false;
        }
        log.warn("Account '{}' unlocked by '{}' from {}", printable(username), administrator, address);
        audit.appendAccountEvent(administrator, AuditAction.ACCOUNT_UNLOCKED,
                Map.of("account", accountKey(username), "address", address));
        return true;
    }

    /** The user name as counted and audited: a blank one is {@link #NO_NAME}, a long one is cut. */
    static String accountKey(String username) {
        return username == null || username.isBlank() ? NO_NAME : LoginFailures.subject(username);
    }

    /** The user name fit for a log line or a message: control characters (forged log lines) replaced. */
    static String printable(String username) {
        return accountKey(username).replaceAll("\\p{Cntrl}", "?");
    }

    /** Now, to the microsecond: PostgreSQL keeps no finer time, and a rounded stored time must not move a wait. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static long secondsUntil(Instant until, Instant now) {
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
