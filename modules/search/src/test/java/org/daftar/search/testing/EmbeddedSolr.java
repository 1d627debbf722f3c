package org.daftar.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.daftar.search.solr.Configset;
import org.daftar.search.solr.SolrCollection;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One embedded Solr per test run (its start costs seconds), with a fresh core from the shipped configset for each
 * test class, so classes never see each other's documents. Test methods receive the class's
 * {@link SolrCollection} as a parameter.
 */
public final class EmbeddedSolr implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedSolr.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SolrCollection.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent("core", key -> newCore(context), SolrCollection.class);
    }

    private static SolrCollection newCore(ExtensionContext context) {
        Container shared = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent("container", key -> new Container(), Container.class);
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path instance = shared.home.resolve(name);
        Configset.copyTo(instance.resolve("conf"));
        shared.container.create(name, instance, Map.of(), false);
        return new SolrCollection(shared.server, name, false);
    }

    private static final class Container implements AutoCloseable {
        final Path home;
        final CoreContainer container;
        final EmbeddedSolrServer server;

        Container() {
            try {
                home = Files.createTempDirectory("daftar-test-solr");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Configset.writeSolrXml(home);
            container = CoreContainer.createAndLoad(home);
            server = new EmbeddedSolrServer(container, "unused");
        }

        @Override
        public void close() {
            container.shutdown();
        }
    }
}
