package org.daftar.ocr;

import java.time.Clock;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.ingest.Ingestion;
import org.daftar.ocr.ingest.PageAllowance;
import org.daftar.ocr.input.InputLimits;
import org.daftar.ocr.input.ScanReader;
import org.daftar.ocr.preprocess.Preprocessing;
import org.daftar.ocr.queue.DocumentOcr;
import org.daftar.ocr.queue.OcrJobs;
import org.daftar.ocr.queue.OcrWorkers;
import org.daftar.ocr.queue.PageWork;
import org.daftar.ocr.queue.ScanPublisher;
import org.daftar.ocr.queue.WorkerSettings;
import javax.sql.DataSource;
import org.daftar.repository.Repository;
import org.daftar.repository.node.NodeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The OCR module's parts wired over one repository: what the server, the benchmark and the tests all use.
 * Workers are created but not started; call {@code workers().start()}.
 */
public record Digitization(OcrJobs jobs, Ingestion ingestion, OcrWorkers workers, ScanReader reader) {

    /**
     * @param surface      the node service under the read and write rules, through which scans are stored for the
     *                     person bringing them
     * @param dataSource   the database holding the OCR module's own tables (the repository's)
     * @param transactions the repository's transaction manager (publishing joins its transactions)
     * @param listener     told after each persisted page ({@link DocumentOcr.PageListener#NONE} outside tests)
     */
    public static Digitization assemble(Repository repository, NodeService surface, DataSource dataSource,
                                        PlatformTransactionManager transactions,
                                        EngineSettings engine, Preprocessing preprocessing, InputLimits limits,
                                        WorkerSettings workerSettings, DocumentOcr.PageListener listener) {
        return assemble(repository, surface, dataSource, transactions, engine, preprocessing, limits, workerSettings,
                listener, PageAllowance.UNLIMITED);
    }

    /** As above, with the pages a scan may have by who brings it in. */
    public static Digitization assemble(Repository repository, NodeService surface, DataSource dataSource,
                                        PlatformTransactionManager transactions,
                                        EngineSettings engine, Preprocessing preprocessing, InputLimits limits,
                                        WorkerSettings workerSettings, DocumentOcr.PageListener listener,
                                        PageAllowance allowance) {
        OcrJobs jobs = new OcrJobs(JdbcClient.create(dataSource));
        ScanReader reader = new ScanReader(limits);
        ScanPublisher publisher = new ScanPublisher(repository.nodes(), repository.pageTexts(), jobs, transactions,
                Clock.systemUTC());
        DocumentOcr documentOcr = new DocumentOcr(repository.nodes(), reader, new PageWork(preprocessing), jobs, publisher);
        OcrWorkers workers = new OcrWorkers(jobs, documentOcr, engine, workerSettings, listener);
        Ingestion ingestion = new Ingestion(surface, reader, jobs, workers::wakeUp,
                workerSettings.maxAttempts(), allowance);
        return new Digitization(jobs, ingestion, workers, reader);
    }
}
