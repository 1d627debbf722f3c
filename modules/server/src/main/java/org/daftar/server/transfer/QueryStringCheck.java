package org.daftar.server.transfer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the query string before anything reads it: a parameter that is not valid UTF-8 ({@code name=%FF}) or holds
 * a NUL ({@code name=a%00b}) is answered 400 naming the parameter — as problem JSON under {@code /api}, as the
 * error page elsewhere — instead of the container's decoding failure surfacing as a 500, or a NUL reaching the
 * database. Runs first, before authentication, and reads the raw query string only (never a request body).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryStringCheck extends OncePerRequestFilter {

    private final JsonMapper json;

    public QueryStringCheck(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> problem = problem(request.getQueryString());
        if (problem.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.get());
            detail.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            // As the API's other problems are sent: JSON is UTF-8 by definition, so no charset parameter.
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsString(detail).getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value(), problem.get());
        }
    }

    /** Why the raw query string is refused, if it is. */
    static Optional<String> problem(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            try {
                String name = ParameterText.decode(percentDecoded(rawName), "A parameter name");
                if (equals >= 0) {
                    ParameterText.decode(percentDecoded(pair.substring(equals + 1)), "Parameter '" + name + "'");
                }
            } catch (MalformedUploadException e) {
                return Optional.of(e.getMessage());
            } catch (IllegalArgumentException e) {
                return Optional.of("The query string has a broken percent-encoding near '" + rawName + "'");
            }
        }
        return Optional.empty();
    }

    private static byte[] percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
