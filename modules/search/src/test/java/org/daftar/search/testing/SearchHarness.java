package org.daftar.search.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrServerException;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.Repository;
import org.daftar.repository.access.GradingReadAccess;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.text.PageText;
import org.daftar.search.Search;
import org.daftar.search.query.SearchRequest;
import org.daftar.search.query.SearchResult;
import org.daftar.search.solr.SolrCollection;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** A repository and search over one test database and one Solr collection, with helpers to add papers. */
public final class SearchHarness implements AutoCloseable {

    private final Repository repository;
    private final Search search;
    private final String folderName = "test-" + UUID.randomUUID();
    private UUID folder;

    public SearchHarness(DataSource dataSource, Path contentRoot, SolrCollection solr) {
        this(dataSource, contentRoot, solr, new GradingReadAccess());
    }

    public SearchHarness(DataSource dataSource, Path contentRoot, SolrCollection solr, ReadAccess access) {
        this.repository = Repository.assemble(dataSource, contentRoot, 16 << 20);
        this.search = Search.assemble(repository, dataSource, TypeRegistry.standard(), access,
                new DataSourceTransactionManager(dataSource), solr, Duration.ofMillis(500), Search.BATCH_SIZE);
    }

    public Repository repository() {
        return repository;
    }

    public Search search() {
        return search;
    }

    /** A folder for this harness's papers. */
    public UUID folder() {
        if (folder == null) {
            folder = repository.nodes().createFolder(new NewNode(NodeStore.ROOT_ID, folderName, "cm:folder", Set.of(),
                    Map.of()), "test").id();
        }
        return folder;
    }

    /** A document with the given page texts (recorded as OCR text) created by {@code actor}. */
    public Node document(String type, Map<String, ?> properties, String actor, String... pages) {
        Node node = repository.nodes().createDocument(new NewNode(folder(), type.replace(':', '-') + "-"
                        + UUID.randomUUID() + ".pdf", type, Set.of(), properties),
                new NewContent(new ByteArrayInputStream(new byte[] {'%', 'P', 'D', 'F'}), "application/pdf"), actor);
        if (pages.length > 0) {
            List<PageText> texts = new java.util.ArrayList<>();
            for (int i = 0; i < pages.length; i++) {
                texts.add(new PageText(i + 1, PageText.TextSource.OCR, "eng+hin", 90f, pages[i]));
            }
            repository.pageTexts().replace(node.id(), node.versionLabel(), texts);
        }
        return node;
    }

    /** A plain {@code cm:content} document with one page of text per argument. */
    public Node text(String... pages) {
        return document("cm:content", Map.of(), "test", pages);
    }

    /** A plain-text document whose text search must read from the content itself. */
    public Node plainTextFile(String text) {
        return repository.nodes().createDocument(new NewNode(folder(), "note-" + UUID.randomUUID() + ".txt",
                "cm:content", Set.of(), Map.of()), new NewContent(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), "text/plain"), "test");
    }

    /** An e-file folder. */
    public Node file(Map<String, ?> properties) {
        return repository.nodes().createFolder(new NewNode(folder(), "file-" + UUID.randomUUID(), "eo:file", Set.of(),
                properties), "test");
    }

    /** Drains the outbox and makes the result searchable now (tests do not wait for the soft commit). */
    public void indexed() {
        search.indexer().drainAll();
        refresh();
    }

    /** Opens a new searcher on what Solr has received. */
    public void refresh() {
        try {
            search.solr().client().commit(search.solr().name(), true, true, true);
        } catch (SolrServerException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    public SearchResult find(String user, String text) {
        return search.service().search(user, SearchRequest.of(text));
    }

    /** Node ids found for {@code text} by user "reader". */
    public List<UUID> ids(String text) {
        return find("reader", text).hits().stream().map(SearchResult.Hit::nodeId).toList();
    }

    /** Stops the background indexer; the Solr collection belongs to whoever opened it. */
    @Override
    public void close() {
        search.indexer().close();
    }
}
