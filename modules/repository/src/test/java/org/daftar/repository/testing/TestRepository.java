package org.daftar.repository.testing;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.content.ContentBlobs;
import org.daftar.repository.content.FileSystemContentStore;
import org.daftar.repository.node.NodeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The repository's parts wired the way the server wires them, over a test database and content directory. */
public record TestRepository(NodeService nodes, FileSystemContentStore store, JdbcClient jdbc) {

    public static TestRepository create(DataSource dataSource, Path contentRoot, long maxContentBytes) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var transactions = new DataSourceTransactionManager(dataSource);
        FileSystemContentStore store = new FileSystemContentStore(contentRoot, maxContentBytes);
        ContentBlobs blobs = new ContentBlobs(jdbc, store, transactions);
        NodeService nodes = new NodeService(TypeRegistry.standard(), jdbc, transactions, blobs, Clock.systemUTC());
        return new TestRepository(nodes, store, jdbc);
    }
}
