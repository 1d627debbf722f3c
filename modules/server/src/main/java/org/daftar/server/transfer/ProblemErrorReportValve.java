package org.daftar.server.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for requests it refuses before Spring sees them (an encoded NUL or a byte that is not
 * UTF-8 in the path, an encoded slash, a character not allowed in a URL): under {@code /api} (or when the request
 * line was too broken to have a path) a problem document like every other API refusal, instead of Tomcat's HTML
 * page; elsewhere Tomcat's own page, without server version or stack trace.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String detail = status == 400
                ? "The request URL is not valid (" + reason(response) + "); percent-encode path segments and"
                        + " parameters as UTF-8, without NUL or encoded slashes"
                : reason(response);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":" + quote(title(status)) + ",\"status\":" + status
                        + ",\"detail\":" + quote(detail) + "}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was already under way; nothing more can be said
        }
    }

    /**
     * Under {@code /api}, or unknown: a request line Tomcat could not parse (a {@code |} in the query, say) has no
     * path, and a plain problem document serves a browser as well as a client.
     */
    private static boolean isApi(Request request) {
        String uri = request.getRequestURI();
        if (uri == null || uri.isEmpty()) {
            uri = request.getCoyoteRequest().requestURI().toString();
        }
        return uri == null || uri.isEmpty() || uri.startsWith("/api/");
    }

    private static String reason(Response response) {
        String message = response.getMessage();
        return message == null || message.isBlank() ? title(response.getStatus()) : message;
    }

    private static String title(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
