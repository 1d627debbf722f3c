package org.daftar.server.cmis;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.daftar.server.transfer.InlinePolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts CMIS content streams under the same {@link InlinePolicy} as REST and web content. OpenCMIS writes the
 * stream's type and then its {@code Content-Disposition} ({@code inline} when the Browser binding is asked with
 * {@code download=inline}); this filter sees the disposition go by and makes it an attachment unless the policy lets
 * the type be shown. Unlike REST and web, the type itself is kept (see {@link PolicedResponse}). Every
 * CMIS response also gets {@code nosniff} and the sandboxing policy: none of them is a page that needs a script.
 */
final class CmisContentHeaders extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", InlinePolicy.CONTENT_SECURITY_POLICY);
        chain.doFilter(request, new PolicedResponse(response));
    }

    /** Rewrites the disposition of a content stream as the policy says, knowing the type set before it. */
    private static final class PolicedResponse extends HttpServletResponseWrapper {

        private String contentType;

        PolicedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
            super.setContentType(type);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, police(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, police(name, value));
        }

        private String police(String name, String value) {
            if (!HttpHeaders.CONTENT_DISPOSITION.equalsIgnoreCase(name) || value == null) {
                return value;
            }
            // The type is left as OpenCMIS wrote it: CMIS clients check it against cmis:contentStreamMimeType and copy
            // it into new documents. The disposition, nosniff and the sandbox keep an active type from running.
            InlinePolicy.Serving serving = InlinePolicy.serving(contentType,
                    value.strip().toLowerCase(Locale.ROOT).startsWith("inline"));
            if (serving.inline()) {
                return value;
            }
            int semicolon = value.indexOf(';');
            return "attachment" + (semicolon < 0 ? "" : value.substring(semicolon));
        }
    }
}
