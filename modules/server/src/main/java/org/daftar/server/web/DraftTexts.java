package org.daftar.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.draft.Draft;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeService;
import org.springframework.stereotype.Component;

/** The drafts of a file with the text of their current version, as the file page lists them. */
@Component
public class DraftTexts {

    private final Eoffice eoffice;
    private final NodeService nodes;

    public DraftTexts(Eoffice eoffice, NodeService nodes) {
        this.eoffice = eoffice;
        this.nodes = nodes;
    }

    /** A draft with its current text. */
    public record DraftView(Draft draft, String text) {
    }

    /** The drafts of {@code fileId}, oldest first, for a user allowed to read the file. */
    public List<DraftView> of(String username, UUID fileId) {
        return eoffice.drafts().ofFile(username, fileId).stream().map(d -> new DraftView(d, text(nodes.get(d.id(), username))))
                .toList();
    }

    private String text(Node node) {
        if (node.content() == null) {
            return "";
        }
        try {
            return Files.readString(nodes.contentPath(node.content()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
