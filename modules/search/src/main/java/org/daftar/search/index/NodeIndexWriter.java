package org.daftar.search.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.text.PageText;
import org.daftar.repository.text.PageTexts;
import org.daftar.search.solr.SearchUnavailableException;
import org.daftar.search.solr.SolrCollection;

/**
 * Writes the current database state of nodes into Solr. Idempotent: writing a node twice gives the same index, so
 * any outbox row may safely be processed again after a crash.
 */
public final class NodeIndexWriter {

    private final NodeStore nodes;
    private final PageTexts pageTexts;
    private final PlainTextPages plainText;
    private final NodeDocuments documents;
    private final SolrCollection solr;
    private final int commitWithinMs;
    private final Clock clock;

    public NodeIndexWriter(NodeStore nodes, PageTexts pageTexts, NodeDocuments documents, SolrCollection solr,
                           int commitWithinMs, Clock clock) {
        this.nodes = nodes;
        this.pageTexts = pageTexts;
        this.plainText = new PlainTextPages(nodes);
        this.documents = documents;
        this.solr = solr;
        this.commitWithinMs = commitWithinMs;
        this.clock = clock;
    }

    /** Brings the index entries of {@code nodeIds} in line with the database; returns documents written. */
    public int write(Collection<UUID> nodeIds) {
        Instant now = clock.instant();
        List<SolrInputDocument> added = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (UUID id : nodeIds) {
            Node node = live(id);
            if (node == null || node.parentId() == null) {
                stale.add("node_id:" + id);
                continue;
            }
            List<PageText> pages = pageTexts.of(id);
            if (pages.isEmpty()) {
                pages = plainText.of(node);
            }
            added.addAll(documents.of(node, pages, now));
            // Pages the node no longer has (fewer pages than before, or text where there was none).
            stale.add(pages.isEmpty() ? "(node_id:" + id + " AND page:[1 TO *])"
                    : "(node_id:" + id + " AND (page:0 OR page:[" + (pages.size() + 1) + " TO *]))");
        }
        send(added, stale);
        return added.size();
    }

    /** Deletes index entries of nodes not written since {@code before} (what a full rebuild did not touch). */
    public void deleteIndexedBefore(Instant before) {
        send(List.of(), List.of("indexed_at:[* TO " + before + "}"));
    }

    private Node live(UUID id) {
        try {
            return nodes.get(id);
        } catch (NodeNotFoundException e) {
            return null;
        }
    }

    private void send(List<SolrInputDocument> added, List<String> deleteQueries) {
        if (added.isEmpty() && deleteQueries.isEmpty()) {
            return;
        }
        UpdateRequest request = new UpdateRequest();
        request.setCommitWithin(commitWithinMs);
        if (!deleteQueries.isEmpty()) {
            request.deleteByQuery(String.join(" OR ", deleteQueries));
        }
        if (!added.isEmpty()) {
            request.add(added);
        }
        try {
            request.process(solr.client(), solr.name());
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SearchUnavailableException("Solr refused an index update of " + added.size() + " document(s)", e);
        }
    }
}
