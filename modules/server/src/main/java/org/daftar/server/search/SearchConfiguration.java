package org.daftar.server.search;

import org.daftar.model.TypeRegistry;
import javax.sql.DataSource;
import org.daftar.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.daftar.repository.access.ReadAccess;
import org.daftar.search.Search;
import org.daftar.search.index.Reindexer;
import org.daftar.search.query.SearchService;
import org.daftar.search.saved.SavedSearches;
import org.daftar.search.solr.SolrCollection;
import org.daftar.search.solr.SolrSettings;
import org.daftar.server.config.DaftarProperties;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires search: the Solr collection (embedded or SolrCloud), the outbox indexer running in the background. */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    /** Closing it stops the indexer and Solr. */
    @Bean(destroyMethod = "close")
    Search search(DaftarProperties daftar, SearchProperties properties, Repository repository, DataSource dataSource,
                  TypeRegistry registry, ReadAccess access, PlatformTransactionManager transactions) {
        SolrSettings settings = new SolrSettings(daftar.home().resolve("solr"), properties.zkHost(),
                properties.collection(), properties.shards(), properties.replicas(), properties.commitWithin());
        SolrCollection solr = SolrCollection.open(settings);
        try {
            return Search.assemble(repository, dataSource, registry, access, transactions, solr, properties.commitWithin(),
                    properties.batchSize());
        } catch (RuntimeException e) {
            solr.close();
            throw e;
        }
    }

    @Bean
    SearchService searchService(Search search) {
        return search.service();
    }

    @Bean
    SavedSearches savedSearches(DataSource dataSource, PlatformTransactionManager transactions) {
        return new SavedSearches(JdbcClient.create(dataSource), transactions);
    }

    @Bean
    Reindexer reindexer(Search search) {
        return search.reindexer();
    }

    /** Starts draining the outbox once the application is up (it catches up on anything left from before). */
    @Bean
    ApplicationRunner searchIndexerStart(Search search, SearchProperties properties) {
        return args -> search.indexer().start(properties.pollInterval());
    }
}
