package org.daftar.server.config;

import java.time.Clock;
import java.time.Duration;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.content.ContentBlobs;
import org.daftar.repository.content.FileSystemContentStore;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.user.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the repository module's parts: the type registry, the content store and the node service. */
@Configuration(proxyBeanMethods = false)
public class RepositoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RepositoryConfiguration.class);

    @Bean
    TypeRegistry typeRegistry() {
        return TypeRegistry.standard();
    }

    @Bean
    FileSystemContentStore contentStore(DaftarProperties properties) {
        FileSystemContentStore store = new FileSystemContentStore(properties.home().resolve("content"),
                properties.content().maxSize().toBytes());
        // Another node sharing the store may be mid-upload; only day-old temporary files are certainly abandoned.
        int removed = store.removeAbandonedUploads(Duration.ofDays(1));
        if (removed > 0) {
            log.info("Removed {} abandoned upload(s) from the content store", removed);
        }
        return store;
    }

    @Bean
    ContentBlobs contentBlobs(JdbcClient jdbc, FileSystemContentStore store, PlatformTransactionManager transactions) {
        return new ContentBlobs(jdbc, store, transactions);
    }

    @Bean
    NodeService nodeService(TypeRegistry registry, JdbcClient jdbc, PlatformTransactionManager transactions,
                            ContentBlobs blobs) {
        return new NodeService(registry, jdbc, transactions, blobs, Clock.systemUTC());
    }

    @Bean
    UserAccounts userAccounts(JdbcClient jdbc) {
        return new UserAccounts(jdbc);
    }
}
