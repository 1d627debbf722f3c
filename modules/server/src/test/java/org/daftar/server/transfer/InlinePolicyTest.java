package org.daftar.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Which stored types are shown in the browser, under which Content-Type, and which are always downloaded. */
class InlinePolicyTest {

    static Stream<Arguments> types() {
        return Stream.of(
                // stored type, served Content-Type, inline when the request asks for inline
                Arguments.of("application/pdf", "application/pdf", true),
                Arguments.of("image/png", "image/png", true),
                Arguments.of("image/jpeg", "image/jpeg", true),
                Arguments.of("image/gif", "image/gif", true),
                Arguments.of("image/webp", "image/webp", true),
                Arguments.of("image/tiff", "image/tiff", true),
                Arguments.of("image/bmp", "image/bmp", true),
                Arguments.of("text/plain", "text/plain;charset=UTF-8", true),
                Arguments.of("text/plain; charset=iso-8859-1", "text/plain;charset=iso-8859-1", true),
                Arguments.of("text/html", "application/octet-stream", false),
                Arguments.of("application/xhtml+xml", "application/octet-stream", false),
                Arguments.of("image/svg+xml", "application/octet-stream", false),
                Arguments.of("application/xml", "application/octet-stream", false),
                Arguments.of("text/xml", "application/octet-stream", false),
                Arguments.of("application/javascript", "application/octet-stream", false),
                Arguments.of("text/css", "application/octet-stream", false),
                Arguments.of("text/csv", "text/csv;charset=UTF-8", false),
                Arguments.of("application/zip", "application/zip", false),
                Arguments.of("image/jp2", "image/jp2", false),
                Arguments.of("application/octet-stream", "application/octet-stream", false),
                Arguments.of("application/x-unknown", "application/x-unknown", false),
                Arguments.of("not a type", "application/octet-stream", false),
                Arguments.of("*/*", "application/octet-stream", false));
    }

    @ParameterizedTest(name = "{0} is served as {1}, inline: {2}")
    @MethodSource("types")
    void onlyPdfRasterImagesAndPlainTextAreEverShownInline(String stored, String served, boolean inline) {
        InlinePolicy.Serving asked = InlinePolicy.serving(stored, true);
        assertThat(asked.type().toString()).isEqualTo(served);
        assertThat(asked.inline()).isEqualTo(inline);
        assertThat(asked.disposition("x").getType()).isEqualTo(inline ? "inline" : "attachment");
    }

    @ParameterizedTest(name = "{0} downloads when asked to")
    @MethodSource("types")
    void aDownloadIsAlwaysAnAttachment(String stored, String served, boolean inline) {
        assertThat(InlinePolicy.serving(stored, false).inline()).isFalse();
    }

    @Test
    void theFileNameIsKeptInTheDispositionInUtf8() {
        assertThat(InlinePolicy.serving("text/html", true).disposition("आदेश.html").toString())
                .startsWith("attachment;").contains("filename*=UTF-8''");
    }

    @Test
    void everyContentResponseIsSandboxedAndNotSniffed() {
        HttpHeaders headers = new HttpHeaders();
        InlinePolicy.protect(headers);
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'");
    }
}
