package org.daftar.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsCacheTest {

    /** A stand-in hash that counts how often it is really checked. */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash(" + raw + ")";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals(encode(raw));
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final CountingEncoder hashing = new CountingEncoder();
    private final MovableClock clock = new MovableClock();
    private final VerifiedCredentialsCache cache = new VerifiedCredentialsCache(hashing, Duration.ofMinutes(10), 2, clock);

    @Test
    void aVerifiedPasswordIsNotHashedAgainWithinItsLifetime() {
        assertThat(cache.matches("secret", "hash(secret)")).isTrue();
        assertThat(cache.matches("secret", "hash(secret)")).isTrue();
        assertThat(hashing.checks).hasValue(1);
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(cache.matches("secret", "hash(secret)")).isTrue();
        assertThat(hashing.checks).hasValue(2);
    }

    @Test
    void wrongPasswordsAreCheckedEveryTimeAndNeverRemembered() {
        assertThat(cache.matches("guess", "hash(secret)")).isFalse();
        assertThat(cache.matches("guess", "hash(secret)")).isFalse();
        assertThat(hashing.checks).hasValue(2);
    }

    @Test
    void aChangedStoredHashIsNotAnsweredFromTheCache() {
        assertThat(cache.matches("secret", "hash(secret)")).isTrue();
        assertThat(cache.matches("secret", "hash(other)")).isFalse();
    }

    @Test
    void theLeastRecentlyUsedEntryIsDroppedAtCapacity() {
        cache.matches("a", "hash(a)");
        cache.matches("b", "hash(b)");
        cache.matches("c", "hash(c)");
        int before = hashing.checks.get();
        cache.matches("a", "hash(a)");
        assertThat(hashing.checks.get()).isEqualTo(before + 1);
    }
}
