package org.daftar.search.solr;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the index lives and how it is fed.
 *
 * @param home         directory of the embedded Solr home (configset copied here on every start)
 * @param zkHost       ZooKeeper address ({@code host:port[,host:port][/chroot]}) of a SolrCloud; blank for embedded
 * @param collection   core or collection name
 * @param shards       shards of a new SolrCloud collection
 * @param replicas     replicas per shard of a new SolrCloud collection
 * @param commitWithin how soon Solr makes an update searchable (near-real-time)
 */
public record SolrSettings(Path home, String zkHost, String collection, int shards, int replicas,
                           Duration commitWithin) {

    public SolrSettings {
        if (collection == null || !collection.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Solr collection name must be lower-case letters, digits, _: " + collection);
        }
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("shards and replicas must be at least 1, not " + shards + "/" + replicas);
        }
    }

    /** Embedded Solr under {@code home} with the default collection name. */
    public static SolrSettings embedded(Path home) {
        return new SolrSettings(home, null, "daftar", 1, 1, Duration.ofMillis(500));
    }

    /** Whether a SolrCloud is configured. */
    public boolean cloud() {
        return zkHost != null && !zkHost.isBlank();
    }
}
