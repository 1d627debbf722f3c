package org.daftar.server.security.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login protection settings ({@code daftar.login.*}, see {@code docs/configuration.md}).
 *
 * @param failuresBeforeDelay        failures of one account, within the window, after which each further attempt
 *                                   must wait
 * @param addressFailuresBeforeDelay failures from one client address (any accounts) after which it must wait;
 *                                   higher than the account's, as a whole office may share one NAT address
 * @param firstDelay                 the first wait; it doubles with each further failure
 * @param maxDelay                   the longest wait
 * @param failuresBeforeLock         failures of one account, within the window, that lock it
 * @param lockDuration               how long a lock lasts unless an administrator ends it sooner
 * @param window                     failures are counted from the first one for this long, then start again
 */
@ConfigurationProperties("daftar.login")
public record LoginProtectionProperties(
        @DefaultValue("3") int failuresBeforeDelay,
        @DefaultValue("10") int addressFailuresBeforeDelay,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("60s") Duration maxDelay,
        @DefaultValue("10") int failuresBeforeLock,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("15m") Duration window) {

    public LoginProtectionProperties {
        if (failuresBeforeDelay < 1 || addressFailuresBeforeDelay < 1 || failuresBeforeLock < 1) {
            throw new IllegalArgumentException(
                    "daftar.login.failures-before-delay, address-failures-before-delay and failures-before-lock must be at least 1");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("daftar.login.first-delay must be positive and max-delay not shorter");
        }
        if (lockDuration.isNegative() || lockDuration.isZero() || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("daftar.login.lock-duration and window must be positive");
        }
    }

    /** The wait after {@code failures} failures when waiting begins after {@code threshold}; zero before. */
    Duration delayAfter(int failures, int threshold) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
