package org.daftar.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a while, which (stored hash, password) pairs it has already verified.
 * HTTP Basic sends the password with every request, and an Argon2id check costs a few hundred milliseconds of
 * CPU here; without this an API client or a CMIS client pays that on every call.
 *
 * <p>Only successful matches are remembered, keyed by a SHA-256 of the stored hash and the password (the password
 * itself is never kept). A changed password has a new stored hash and so misses the cache; a disabled user is still
 * refused because the account is loaded on every request. Entries expire after {@code timeToLive}; at most
 * {@code capacity} are kept, least recently used dropped first.
 */
public final class VerifiedCredentialsCache implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Duration timeToLive;
    private final Clock clock;
    private final Map<String, Instant> verified;

    public VerifiedCredentialsCache(PasswordEncoder delegate, Duration timeToLive, int capacity, Clock clock) {
        this.delegate = delegate;
        this.timeToLive = timeToLive;
        this.clock = clock;
        this.verified = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = key(rawPassword, encodedPassword);
        Instant now = clock.instant();
        synchronized (verified) {
            Instant expires = verified.get(key);
            if (expires != null && expires.isAfter(now)) {
                return true;
            }
            verified.remove(key);
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(key, now.plus(timeToLive));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String key(CharSequence rawPassword, String encodedPassword) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
