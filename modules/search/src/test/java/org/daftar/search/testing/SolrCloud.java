package org.daftar.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.daftar.search.solr.SolrCollection;
import org.daftar.search.solr.SolrSettings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real two-node SolrCloud (embedded ZooKeeper and two Jetty Solr nodes from solr-test-framework) per test class,
 * with the Daftar collection created the way the server does it: configset uploaded, two shards.
 */
public final class SolrCloud implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SolrCloud.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SolrCollection.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent("cluster", key -> new Cluster(), Cluster.class).collection;
    }

    private static final class Cluster implements AutoCloseable {
        final MiniSolrCloudCluster cluster;
        final SolrCollection collection;

        Cluster() {
            try {
                Path base = Files.createTempDirectory("daftar-test-solrcloud");
                cluster = new MiniSolrCloudCluster.Builder(2, base).build();
                collection = SolrCollection.openCloud(cluster.getSolrClient(),
                        new SolrSettings(base, "embedded-zk", "daftar", 2, 1, Duration.ofMillis(500)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("MiniSolrCloudCluster did not start", e);
            }
        }

        @Override
        public void close() throws Exception {
            cluster.shutdown();
        }
    }
}
