package org.daftar.repository;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.content.ContentBlobs;
import org.daftar.repository.content.FileSystemContentStore;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.text.PageTexts;
import org.daftar.repository.user.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The repository's parts wired together over one database and one content directory: what the server, the
 * benchmarks and the tests all use, so there is one way to assemble it.
 */
public record Repository(NodeService nodes, UserAccounts users, PageTexts pageTexts, FileSystemContentStore store,
                         JdbcClient jdbc) {

    /** Assembles the repository; the schema must already be migrated. */
    public static Repository assemble(TypeRegistry registry, DataSource dataSource, PlatformTransactionManager transactions,
                                      FileSystemContentStore store, Clock clock) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ContentBlobs blobs = new ContentBlobs(jdbc, store, transactions);
        return new Repository(new NodeService(registry, jdbc, transactions, blobs, clock), new UserAccounts(jdbc),
                new PageTexts(jdbc, transactions), store, jdbc);
    }

    /** Assembles the standard-model repository with its own transaction manager. */
    public static Repository assemble(DataSource dataSource, Path contentRoot, long maxContentBytes) {
        return assemble(TypeRegistry.standard(), dataSource, new DataSourceTransactionManager(dataSource),
                new FileSystemContentStore(contentRoot, maxContentBytes), Clock.systemUTC());
    }
}
