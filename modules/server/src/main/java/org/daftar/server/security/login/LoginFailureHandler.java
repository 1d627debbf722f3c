package org.daftar.server.security.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed form sign-in back to the login page, saying why: {@code ?locked} (the page shows until when),
 * {@code ?wait} (how long) or {@code ?error} (wrong name or password). The refusal is kept in the session for the
 * page, as Spring Security's own handler does.
 */
public final class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = switch (exception) {
            case LoginRefusedException.Locked locked -> "locked";
            case LoginRefusedException.Delayed delayed -> "wait";
            default -> "error";
        };
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
