package org.daftar.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.daftar.server.security.login.LoginRefusedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a missing or wrong login with a 401 problem document and the Basic challenge. A sign-in refused by login
 * protection gets 429 with {@code Retry-After} while the caller must wait, and 401 saying until when the account is
 * locked (with {@code lockedUntil}) while it is locked.
 */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final String CHALLENGE = "Basic realm=\"Daftar\", charset=\"UTF-8\"";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        HttpStatus status;
        switch (failure) {
            case LoginRefusedException.Delayed delayed -> {
                status = HttpStatus.TOO_MANY_REQUESTS;
                problem.put("title", "Too Many Requests");
                problem.put("detail", delayed.getMessage());
                problem.put("retryAfter", delayed.until().toString());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(delayed.retryAfterSeconds()));
            }
            case LoginRefusedException.Locked locked -> {
                status = HttpStatus.UNAUTHORIZED;
                problem.put("title", "Account locked");
                problem.put("detail", locked.getMessage());
                problem.put("lockedUntil", locked.until().toString());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            }
            default -> {
                status = HttpStatus.UNAUTHORIZED;
                problem.put("title", "Unauthorized");
                problem.put("detail", "Sign in with HTTP Basic authentication using a Daftar user name and password");
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            }
        }
        problem.put("status", status.value());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
