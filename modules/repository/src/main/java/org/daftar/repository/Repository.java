package org.daftar.repository;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.content.ContentBlobs;
import org.daftar.repository.content.FileSystemContentStore;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.access.WriteAccess;
import org.daftar.repository.audit.AuditLog;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.node.NodeStore;
import org.daftar.repository.property.PropertyJson;
import org.daftar.repository.text.PageTexts;
import org.daftar.repository.user.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The repository's parts wired together over one database and one content directory: what the server, the
 * benchmarks and the tests all use, so there is one way to assemble it. It hands out services, never its JDBC: the
 * repository's tables ({@code node}, {@code node_version}, {@code audit_event}, {@code app_user}, ...) are read and
 * written only by this module (an architecture test keeps it so).
 */
public record Repository(NodeStore nodes, UserAccounts users, PageTexts pageTexts, FileSystemContentStore store,
                         AuditLog audit) {

    /** The node service every surface uses: this repository's nodes under the given read and write rules. */
    public NodeService guardedBy(ReadAccess read, WriteAccess write) {
        return new NodeService(nodes, read, write);
    }

    /** Assembles the repository; the schema must already be migrated. */
    public static Repository assemble(TypeRegistry registry, DataSource dataSource, PlatformTransactionManager transactions,
                                      FileSystemContentStore store, Clock clock) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ContentBlobs blobs = new ContentBlobs(jdbc, store, transactions);
        return new Repository(new NodeStore(registry, jdbc, transactions, blobs, clock), new UserAccounts(jdbc),
                new PageTexts(jdbc, transactions), store, new AuditLog(jdbc, new PropertyJson()));
    }

    /** Assembles the standard-model repository with its own transaction manager. */
    public static Repository assemble(DataSource dataSource, Path contentRoot, long maxContentBytes) {
        return assemble(TypeRegistry.standard(), dataSource, new DataSourceTransactionManager(dataSource),
                new FileSystemContentStore(contentRoot, maxContentBytes), Clock.systemUTC());
    }
}
