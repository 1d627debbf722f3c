package org.daftar.server.cmis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.daftar.cmis.service.CmisUsers;
import org.daftar.repository.user.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks CMIS Basic credentials against {@code app_user} with the server's password encoder. CMIS clients send the
 * credentials with every request and Argon2 is slow on purpose, so a successful check is remembered for a minute
 * (keyed by user and a SHA-256 of user and password, never the password itself); a disabled account or changed
 * password takes effect within that minute.
 */
final class CachedCmisUsers implements CmisUsers {

    private static final Duration REMEMBER = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    CachedCmisUsers(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public boolean authenticate(String username, String password) {
        String key = digest(username, password);
        Instant until = verified.get(key);
        Instant now = Instant.now();
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean ok = accounts.find(username)
                .filter(account -> account.enabled() && encoder.matches(password, account.passwordHash()))
                .isPresent();
        if (ok) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.entrySet().removeIf(entry -> entry.getValue().isBefore(now));
            }
            verified.put(key, now.plus(REMEMBER));
        } else {
            verified.remove(key);
        }
        return ok;
    }

    private static String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
