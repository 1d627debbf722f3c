package org.daftar.search.solr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.core.CoreContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index: an embedded Solr core under {@code daftar.home} by default, or a SolrCloud collection when a ZooKeeper
 * address is configured. Either way the configset comes from this module, so index and code never disagree.
 *
 * @param client the client; requests name the collection explicitly
 * @param name   the core or collection name
 * @param cloud  whether this is a SolrCloud collection
 */
public record SolrCollection(SolrClient client, String name, boolean cloud) implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SolrCollection.class);

    /** Opens (creating on first use) the collection described by {@code settings}. */
    public static SolrCollection open(SolrSettings settings) {
        return settings.cloud() ? openCloud(settings) : openEmbedded(settings);
    }

    /** Opens a SolrCloud collection through an existing client (tests with MiniSolrCloudCluster use this). */
    public static SolrCollection openCloud(CloudSolrClient client, SolrSettings settings) {
        try {
            uploadConfigset(client);
            List<String> existing = CollectionAdminRequest.listCollections(client);
            if (!existing.contains(settings.collection())) {
                CollectionAdminRequest.createCollection(settings.collection(), Configset.NAME, settings.shards(),
                        settings.replicas()).process(client);
                log.info("Created SolrCloud collection {} ({} shard(s) x {} replica(s))", settings.collection(),
                        settings.shards(), settings.replicas());
            }
            return new SolrCollection(client, settings.collection(), true);
        } catch (SolrServerException | IOException e) {
            throw new SearchUnavailableException("Cannot prepare SolrCloud collection " + settings.collection(), e);
        }
    }

    private static SolrCollection openCloud(SolrSettings settings) {
        String zk = settings.zkHost().strip();
        int slash = zk.indexOf('/');
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zk.substring(slash));
        List<String> hosts = List.of((slash < 0 ? zk : zk.substring(0, slash)).split(","));
        CloudSolrClient client = new CloudSolrClient.Builder(hosts, chroot).build();
        try {
            return openCloud(client, settings);
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
    }

    private static void uploadConfigset(SolrClient client) throws IOException, SolrServerException {
        Path zip = Files.createTempFile("daftar-configset", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(zip)) {
                Configset.zipTo(out);
            }
            // Overwrite, so a new release's schema reaches an existing cluster (collections reload on next start).
            new ConfigSetAdminRequest.Upload().setConfigSetName(Configset.NAME).setUploadFile(zip.toFile(),
                    "application/zip").setOverwrite(true).setCleanup(true).process(client);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private static SolrCollection openEmbedded(SolrSettings settings) {
        Path home = settings.home().toAbsolutePath();
        Path core = home.resolve(settings.collection());
        try {
            Files.createDirectories(core);
            Configset.writeSolrXml(home);
            Configset.copyTo(core.resolve("conf"));
            Path properties = core.resolve("core.properties");
            if (!Files.exists(properties)) {
                Files.writeString(properties, "name=" + settings.collection() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Solr home " + home, e);
        }
        long started = System.nanoTime();
        // This constructor makes the server own its CoreContainer, so closing the client shuts Solr down.
        EmbeddedSolrServer server = new EmbeddedSolrServer(home, settings.collection());
        CoreContainer container = server.getCoreContainer();
        if (!container.getCoreInitFailures().isEmpty()) {
            var failure = container.getCoreInitFailures().values().iterator().next();
            closeQuietly(server);
            throw new SearchUnavailableException("Embedded Solr core " + settings.collection() + " in " + core
                    + " failed to load", failure.exception);
        }
        log.info("Embedded Solr core {} in {} ready in {} ms", settings.collection(), home,
                (System.nanoTime() - started) / 1_000_000);
        return new SolrCollection(server, settings.collection(), false);
    }

    @Override
    public void close() {
        closeQuietly(client);
    }

    private static void closeQuietly(SolrClient client) {
        try {
            client.close();
        } catch (IOException e) {
            log.warn("Closing the Solr client failed", e);
        }
    }
}
