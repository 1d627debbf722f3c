package org.daftar.server.cmis;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.daftar.cmis.service.CmisUsers;
import org.daftar.repository.user.UserAccounts;
import org.daftar.server.security.login.LoginProtection;
import org.daftar.server.security.login.LoginVerdict;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks CMIS Basic credentials against {@code app_user} with the server's password encoder — the same one the REST
 * API uses, whose {@code VerifiedCredentialsCache} spares a repeated Argon2 check. The account is read on every
 * request, so a disabled user is refused at once.
 *
 * <p>Login protection applies as on the API: a wrong password is counted against the account and the client
 * address; while either must wait, or the account is locked, the request is refused with {@code permissionDenied}
 * saying until when (and {@code Retry-After}), without checking the password. The client address is read from the
 * current request, which the cmis module's {@link CmisUsers} port does not carry.
 */
final class AccountCmisUsers implements CmisUsers {

    private static final String WAY = "cmis";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final LoginProtection protection;

    AccountCmisUsers(UserAccounts accounts, PasswordEncoder encoder, LoginProtection protection) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.protection = protection;
    }

    @Override
    public boolean authenticate(String username, String password) {
        ServletRequestAttributes current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a : null;
        String address = current == null ? "unknown" : current.getRequest().getRemoteAddr();
        LoginVerdict verdict = protection.check(username, address);
        switch (verdict) {
            case LoginVerdict.Delayed delayed -> throw refused(current, delayed.retryAfterSeconds(),
                    "Too many failed sign-ins; try again in " + delayed.retryAfterSeconds() + " s (after "
                            + delayed.until() + ")");
            case LoginVerdict.Locked locked -> throw refused(current, locked.retryAfterSeconds(),
                    "The account is locked after too many failed sign-ins until " + locked.until()
                            + "; an administrator can unlock it sooner");
            case LoginVerdict.Allowed allowed -> {
                boolean valid = accounts.find(username)
                        .filter(account -> account.enabled() && encoder.matches(password, account.passwordHash()))
                        .isPresent();
                if (valid) {
                    protection.succeeded(username, allowed);
                } else {
                    protection.failed(username, address, WAY);
                }
                return valid;
            }
        }
    }

    private static CmisPermissionDeniedException refused(ServletRequestAttributes current, long retryAfterSeconds,
                                                         String message) {
        HttpServletResponse response = current == null ? null : current.getResponse();
        if (response != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
        return new CmisPermissionDeniedException(message);
    }
}
