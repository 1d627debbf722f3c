package org.daftar.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.text.PageText;

/**
 * Text of plain-text documents that have no recorded page text yet: the content as UTF-8, split into pages at form
 * feeds. Other formats wait for extraction/OCR to fill {@code page_text}.
 */
final class PlainTextPages {

    /** Larger plain-text files are left to the extraction pipeline rather than read whole here. */
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final NodeStore nodes;

    PlainTextPages(NodeStore nodes) {
        this.nodes = nodes;
    }

    List<PageText> of(Node node) {
        if (node.content() == null || node.content().size() > MAX_BYTES
                || !String.valueOf(node.content().mimeType()).startsWith("text/plain")) {
            return List.of();
        }
        String text;
        try (InputStream in = Files.newInputStream(nodes.contentPath(node.content()))) {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            return List.of(); // not UTF-8: leave it to extraction, which can detect the charset
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read content of node " + node.id(), e);
        }
        List<PageText> pages = new ArrayList<>();
        String[] parts = text.split("\f", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isBlank() || parts.length == 1) {
                pages.add(new PageText(i + 1, PageText.TextSource.PLAIN_TEXT, null, null, parts[i]));
            }
        }
        return pages;
    }
}
