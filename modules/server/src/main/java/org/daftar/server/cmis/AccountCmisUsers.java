package org.daftar.server.cmis;

import org.daftar.cmis.service.CmisUsers;
import org.daftar.repository.user.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks CMIS Basic credentials against {@code app_user} with the server's password encoder — the same one the REST
 * API uses, whose {@code VerifiedCredentialsCache} spares a repeated Argon2 check. The account is read on every
 * request, so a disabled user is refused at once.
 */
final class AccountCmisUsers implements CmisUsers {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;

    AccountCmisUsers(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public boolean authenticate(String username, String password) {
        return accounts.find(username)
                .filter(account -> account.enabled() && encoder.matches(password, account.passwordHash()))
                .isPresent();
    }
}
