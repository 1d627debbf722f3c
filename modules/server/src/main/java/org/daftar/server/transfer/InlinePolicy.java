package org.daftar.server.transfer;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.daftar.repository.content.MediaTypeSniffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Decides how stored content is served, for every surface that serves it (REST node and version content, the web
 * pages' document content, CMIS content streams), so that nothing a user uploaded can run as another user.
 *
 * <ul>
 *   <li>Only PDF, raster images and plain text may be shown in the browser ({@code inline}), and only when the
 *       request asks for it; everything else (HTML, SVG, XML, scripts, office files, unknown bytes) is always an
 *       {@code attachment}, whatever the request asked.</li>
 *   <li>Types a browser could run or load as a script or stylesheet (HTML, SVG, XML, JavaScript, CSS: see
 *       {@link MediaTypeSniffer#isActive}) are served as {@code application/octet-stream}; the stored type stays in
 *       the node's metadata. Uploads are sniffed, so new content never has such a type on a client's word, but
 *       content stored before sniffing may. (CMIS streams keep the recorded type: CMIS clients compare it with the
 *       object's properties.)</li>
 *   <li>Every content response carries {@code X-Content-Type-Options: nosniff}, so the browser keeps to the type
 *       given, and {@link #CONTENT_SECURITY_POLICY}, a sandbox: a document shown from the store has an opaque origin,
 *       runs no script and loads nothing but its own images and inline styles. Chromium's PDF viewer and image
 *       documents still display under it.</li>
 * </ul>
 */
public final class InlinePolicy {

    /** The policy for every content response; {@code object-src 'self'} lets Chromium's PDF viewer embed the file. */
    public static final String CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; "
            + "style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

    /** The types that are safe to display: the browser renders them itself and runs nothing from them. */
    private static final Set<String> INLINE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "image/tiff", "image/bmp", "text/plain");

    /** How one piece of content is served: its {@code Content-Type} and whether it is shown in the browser. */
    public record Serving(MediaType type, boolean inline) {

        /** The {@code Content-Disposition} header for {@code fileName}. */
        public ContentDisposition disposition(String fileName) {
            return (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                    .filename(fileName, StandardCharsets.UTF_8).build();
        }
    }

    private InlinePolicy() {
    }

    /**
     * How content stored as {@code storedType} is served when the request asked for it to be shown
     * ({@code inlineWanted}) or downloaded.
     */
    public static Serving serving(String storedType, boolean inlineWanted) {
        MediaType type = servedType(storedType);
        return new Serving(type, inlineWanted && mayBeInline(type));
    }

    /** Whether content served as {@code type} may ever be shown in the browser. */
    public static boolean mayBeInline(MediaType type) {
        return INLINE_TYPES.contains(type.getType() + "/" + type.getSubtype());
    }

    /**
     * The {@code Content-Type} for stored content: {@code application/octet-stream} for active or malformed types,
     * and {@code charset=UTF-8} added to text types that name no charset (browsers would otherwise read Hindi text
     * as Latin-1; Daftar's text content is UTF-8).
     */
    public static MediaType servedType(String storedType) {
        if (storedType == null || storedType.isBlank() || MediaTypeSniffer.isActive(storedType)) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(storedType);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        if ("text".equals(type.getType()) && type.getCharset() == null) {
            return new MediaType(type, StandardCharsets.UTF_8);
        }
        return type;
    }

    /** Adds the headers every content response carries: {@code nosniff} and the sandboxing policy. */
    public static void protect(HttpHeaders headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
