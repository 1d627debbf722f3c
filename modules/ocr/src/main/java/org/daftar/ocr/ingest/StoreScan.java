package org.daftar.ocr.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.NodeService;

/** Step 4: stores the bytes unchanged as version 1.0 of a new {@code eo:scan}, under a name free in its folder. */
final class StoreScan implements IngestStep {

    private final NodeService nodes;

    StoreScan(NodeService nodes) {
        this.nodes = nodes;
    }

    @Override
    public void run(IngestContext context) {
        IncomingDocument document = context.document;
        Map<String, Object> properties = new LinkedHashMap<>(document.properties());
        properties.put("eo:pageCount", context.pageCount);
        properties.put("eo:sourceFileName", shorten(document.name()));
        try (InputStream in = Files.newInputStream(document.file())) {
            context.nodeId = nodes.createDocument(new NewNode(document.parentId(), freeName(document), "eo:scan",
                    Set.of(), properties), new NewContent(in, context.kind.mimeType()), document.actor()).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's name, or with " (2)", " (3)"… before the extension when another document has it. */
    private String freeName(IncomingDocument document) {
        String name = document.name().replaceAll("[\"*\\\\><?/:|]", "_").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; taken(document, candidate); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        return candidate;
    }

    private boolean taken(IncomingDocument document, String name) {
        return nodes.nameTaken(document.parentId(), name, document.actor());
    }

    private static String shorten(String name) {
        return name.length() <= 255 ? name : name.substring(0, 255);
    }
}
