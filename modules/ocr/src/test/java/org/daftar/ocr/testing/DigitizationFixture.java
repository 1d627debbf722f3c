package org.daftar.ocr.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.daftar.model.TypeRegistry;
import org.daftar.ocr.Digitization;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.ingest.PageAllowance;
import org.daftar.ocr.input.InputLimits;
import org.daftar.ocr.preprocess.Preprocessing;
import org.daftar.ocr.queue.DocumentOcr;
import org.daftar.ocr.queue.WorkerSettings;
import org.daftar.repository.Repository;
import org.daftar.repository.access.GradingReadAccess;
import org.daftar.repository.access.OwnerWriteAccess;
import org.daftar.repository.node.NodeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.daftar.repository.content.FileSystemContentStore;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.NodeStore;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** A real repository on the test class's embedded PostgreSQL, with the OCR module assembled over it. */
public final class DigitizationFixture {

    public final Repository repository;
    /** The node service under the repository's own rules (grading, owner), as a surface would use it. */
    public final NodeService nodes;
    /** The test's own view of the database, for checking rows. */
    public final JdbcClient jdbc;
    public final DataSource dataSource;
    public final DataSourceTransactionManager transactions;
    public final Path contentRoot;

    public DigitizationFixture(DataSource dataSource) {
        try {
            contentRoot = Files.createTempDirectory("daftar-ocr-content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions = new DataSourceTransactionManager(dataSource);
        repository = Repository.assemble(TypeRegistry.standard(), dataSource, transactions,
                new FileSystemContentStore(contentRoot, 50_000_000), Clock.systemUTC());
        nodes = repository.guardedBy(new GradingReadAccess(), new OwnerWriteAccess(repository.users()));
        jdbc = JdbcClient.create(dataSource);
        this.dataSource = dataSource;
    }

    /** The module with {@code threads} workers (not started), a short lease and quick retries. */
    public Digitization digitization(int threads, Duration lease, DocumentOcr.PageListener listener) {
        return digitization(threads, lease, listener, PageAllowance.UNLIMITED);
    }

    /** As above, with the pages a scan may have by who brings it in. */
    public Digitization digitization(int threads, Duration lease, DocumentOcr.PageListener listener,
                                     PageAllowance allowance) {
        return digitization(threads, lease, listener, allowance, InputLimits.defaults());
    }

    /** As above, reading within {@code limits}. */
    public Digitization digitization(int threads, Duration lease, DocumentOcr.PageListener listener,
                                     PageAllowance allowance, InputLimits limits) {
        return Digitization.assemble(repository, nodes, dataSource, transactions, EngineSettings.defaults(), Preprocessing.defaults(),
                limits, new WorkerSettings(threads, lease, Duration.ofMillis(200), Duration.ofMillis(100), 3),
                listener, allowance);
    }

    public UUID newFolder() {
        return newFolder("test");
    }

    /** A new folder under the root belonging to {@code owner}, who may then bring scans into it. */
    public UUID newFolder(String owner) {
        return repository.nodes().createFolder(new NewNode(NodeStore.ROOT_ID, "t-" + UUID.randomUUID(), "cm:folder",
                null, null), owner).id();
    }

    /** Waits (polling, up to {@code limit}) until the condition holds; fails the test when it never does. */
    public static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + limit + " waiting until " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what);
            }
        }
    }
}
