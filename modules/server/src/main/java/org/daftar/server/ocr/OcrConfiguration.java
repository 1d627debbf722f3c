package org.daftar.server.ocr;

import org.daftar.ocr.Digitization;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.ingest.PageAllowance;
import org.daftar.ocr.input.InputLimits;
import org.daftar.ocr.preprocess.Preprocessing;
import org.daftar.ocr.queue.DocumentOcr;
import org.daftar.ocr.queue.OcrMode;
import org.daftar.ocr.queue.WorkerSettings;
import org.daftar.ocr.recordroom.RecordRoomImport;
import org.daftar.ocr.recordroom.RecordRoomRegister;
import javax.sql.DataSource;
import org.daftar.repository.Repository;
import org.daftar.repository.node.NodeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.daftar.repository.user.UserAccounts;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the OCR module; workers start and interrupted imports resume once the application is ready. */
@Configuration(proxyBeanMethods = false)
public class OcrConfiguration {

    @Bean
    EngineSettings engineSettings(OcrProperties properties) {
        return new EngineSettings(properties.tessdata() == null ? EngineSettings.systemTessdata() : properties.tessdata(),
                properties.adaptiveThreshold());
    }

    @Bean
    OcrDefaults ocrDefaults(OcrProperties properties, EngineSettings engine) {
        return new OcrDefaults(engine.requireInstalled(properties.languages()), OcrMode.parse(properties.mode()));
    }

    @Bean(destroyMethod = "")
    Digitization digitization(Repository repository, NodeService nodes, DataSource dataSource,
                              PlatformTransactionManager transactions, EngineSettings engine, OcrProperties p,
                              OcrBudgetProperties budget, UserAccounts users) {
        int threads = p.workers() < 0 ? Runtime.getRuntime().availableProcessors() : p.workers();
        return Digitization.assemble(repository, nodes, dataSource, transactions, engine,
                new Preprocessing(p.upright(), p.deskew(), p.despeckle()),
                new InputLimits(p.maxPageMegapixels() * 1_000_000L, budget.maxPages(), p.renderDpi(),
                        budget.maxContentStream().toBytes(), budget.maxDepth(), budget.maxPageOperators(),
                        budget.pageTime(), budget.renderMemory().toBytes()),
                new WorkerSettings(threads, p.lease(), java.time.Duration.ofSeconds(2), p.retryBase(), p.maxAttempts()),
                DocumentOcr.PageListener.NONE, pageAllowance(users, budget));
    }

    /** Administrators (record-room imports) may bring in the budget's full page count; other users fewer. */
    private static PageAllowance pageAllowance(UserAccounts users, OcrBudgetProperties budget) {
        return actor -> users.find(actor).map(account -> account.admin() ? budget.maxPages() : budget.maxPagesPerUser())
                .orElse(budget.maxPages());
    }

    @Bean
    HealthIndicator ocrHealthIndicator(Digitization digitization, OcrBudgetProperties budget) {
        return new OcrHealth(digitization, budget.stuckAfter());
    }

    @Bean(destroyMethod = "close")
    RecordRoomImport recordRoomImport(Repository repository, DataSource dataSource, Digitization digitization,
                                      EngineSettings engine) {
        return new RecordRoomImport(repository.nodes(), JdbcClient.create(dataSource), digitization.ingestion(), engine);
    }

    @Bean
    RecordRoomRegister recordRoomRegister(Repository repository) {
        return new RecordRoomRegister(repository.nodes());
    }

    @Bean
    OcrLifecycle ocrLifecycle(Digitization digitization, RecordRoomImport imports) {
        return new OcrLifecycle(digitization, imports);
    }

    /** Starts workers and resumes imports when the app is ready; stops workers before the database goes. */
    static final class OcrLifecycle implements AutoCloseable {
        private final Digitization digitization;
        private final RecordRoomImport imports;

        OcrLifecycle(Digitization digitization, RecordRoomImport imports) {
            this.digitization = digitization;
            this.imports = imports;
        }

        @EventListener(ApplicationReadyEvent.class)
        void ready() {
            digitization.workers().start();
            imports.resumeUnfinished();
        }

        @Override
        public void close() {
            imports.close();
            digitization.workers().close();
        }
    }
}
