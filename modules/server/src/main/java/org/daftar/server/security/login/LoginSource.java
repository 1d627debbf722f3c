package org.daftar.server.security.login;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Where a sign-in attempt came from: the client address (the proxy's {@code X-Forwarded-For} when the server trusts
 * it, see {@code server.forward-headers-strategy}) and the way in ({@code basic}, {@code form}, {@code cmis}). The
 * details of a form login end up in the session, hence serializable.
 */
public record LoginSource(String address, String way) implements Serializable {

    /** Details source for one way in. */
    public static AuthenticationDetailsSource<HttpServletRequest, LoginSource> of(String way) {
        return request -> new LoginSource(request.getRemoteAddr(), way);
    }
}
