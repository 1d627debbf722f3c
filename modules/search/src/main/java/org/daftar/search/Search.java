package org.daftar.search;

import java.time.Clock;
import java.time.Duration;
import org.daftar.model.TypeRegistry;
import javax.sql.DataSource;
import org.daftar.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.daftar.repository.access.ReadAccess;
import org.daftar.search.index.NodeDocuments;
import org.daftar.search.index.NodeIndexWriter;
import org.daftar.search.index.OutboxIndexer;
import org.daftar.search.index.Reindexer;
import org.daftar.search.query.SearchService;
import org.daftar.search.solr.SolrCollection;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Search's parts wired together over one repository and one Solr collection: what the server, the benchmark and the
 * tests use. Closing it stops the background indexer and closes Solr.
 */
public record Search(SolrCollection solr, SearchService service, NodeIndexWriter writer, OutboxIndexer indexer,
                     Reindexer reindexer) implements AutoCloseable {

    /** Default number of outbox rows indexed per batch. */
    public static final int BATCH_SIZE = 200;

    /** Assembles search; the outbox indexer is created but not started. */
    public static Search assemble(Repository repository, DataSource dataSource, TypeRegistry registry, ReadAccess access,
                                  PlatformTransactionManager transactions, SolrCollection solr, Duration commitWithin,
                                  int batchSize) {
        Clock clock = Clock.systemUTC();
        NodeIndexWriter writer = new NodeIndexWriter(repository.nodes(), repository.pageTexts(),
                new NodeDocuments(registry, access), solr, (int) commitWithin.toMillis(), clock);
        return new Search(solr, new SearchService(solr, access), writer,
                new OutboxIndexer(JdbcClient.create(dataSource), transactions, writer, batchSize),
                new Reindexer(repository.nodes(), writer, clock));
    }

    @Override
    public void close() {
        indexer.close();
        solr.close();
    }
}
