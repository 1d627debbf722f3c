package org.daftar.server.config;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.Repository;
import org.daftar.repository.access.GradingReadAccess;
import org.daftar.repository.access.ReadAccess;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.daftar.repository.content.FileSystemContentStore;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.access.OwnerWriteAccess;
import org.daftar.repository.access.WriteAccess;
import org.daftar.repository.text.PageTexts;
import org.daftar.repository.user.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the repository module: the type registry, the content store and the services built on them. */
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
    Repository repository(TypeRegistry registry, DataSource dataSource, PlatformTransactionManager transactions,
                          FileSystemContentStore store) {
        return Repository.assemble(registry, dataSource, transactions, store, Clock.systemUTC());
    }

    /** The node store, for the domain modules that enforce their own rules (e-Office, OCR workers, indexing). */
    @Bean
    NodeStore nodeStore(Repository repository) {
        return repository.nodes();
    }

    /** The node service every surface uses: the store under the read and write rules. */
    @Bean
    NodeService nodeService(Repository repository, ReadAccess read, WriteAccess write) {
        return repository.guardedBy(read, write);
    }

    @Bean
    UserAccounts userAccounts(Repository repository) {
        return repository.users();
    }

    /** The default access rule; a module with richer rules (e-Office) declares its own {@link ReadAccess} bean. */
    @Bean
    @ConditionalOnMissingBean(ReadAccess.class)
    ReadAccess readAccess() {
        return new GradingReadAccess();
    }

    /** The default write rule; the e-Office declares its own {@link WriteAccess} bean for its items. */
    @Bean
    @ConditionalOnMissingBean(WriteAccess.class)
    WriteAccess writeAccess(Repository repository) {
        return new OwnerWriteAccess(repository.users());
    }

    @Bean
    PageTexts pageTexts(Repository repository) {
        return repository.pageTexts();
    }
}
