package org.daftar.server.security.login;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Puts {@link LoginProtection} around the password check of HTTP Basic and the web form: a delayed or locked
 * attempt is refused before the password is looked at, a wrong password is counted, a success forgets the
 * account's failures. The client address and way in come from the request's {@link LoginSource} details.
 */
public final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginProtection protection;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginProtection protection) {
        this.passwords = passwords;
        this.protection = protection;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        LoginSource source = authentication.getDetails() instanceof LoginSource s ? s : new LoginSource("unknown", "other");
        LoginVerdict verdict = protection.check(username, source.address());
        if (!(verdict instanceof LoginVerdict.Allowed allowed)) {
            throw LoginRefusedException.of(username, verdict);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            protection.failed(username, source.address(), source.way());
            throw e;
        }
        if (result != null) {
            protection.succeeded(username, allowed);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
