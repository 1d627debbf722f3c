package org.daftar.server.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code daftar.search.*}). Without a ZooKeeper address Solr runs embedded under
 * {@code daftar.home/solr}; with one, Daftar uploads its configset to that SolrCloud and creates the collection.
 *
 * @param zkHost       ZooKeeper of a SolrCloud, {@code host:port[,host:port][/chroot]} (env {@code DAFTAR_SOLR_ZK_HOST})
 * @param collection   core or collection name
 * @param shards       shards of a newly created SolrCloud collection
 * @param replicas     replicas per shard of a newly created SolrCloud collection
 * @param commitWithin how soon Solr makes an indexed change searchable
 * @param pollInterval how often the indexer looks at the outbox
 * @param batchSize    outbox rows indexed per database transaction
 */
@ConfigurationProperties("daftar.search")
public record SearchProperties(
        String zkHost,
        @DefaultValue("daftar") String collection,
        @DefaultValue("1") int shards,
        @DefaultValue("1") int replicas,
        @DefaultValue("500ms") Duration commitWithin,
        @DefaultValue("250ms") Duration pollInterval,
        @DefaultValue("200") int batchSize) {
}
