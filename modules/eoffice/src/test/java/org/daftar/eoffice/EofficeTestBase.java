package org.daftar.eoffice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.sql.DataSource;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.efile.NewFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Movement;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.receipt.NewReceipt;
import org.daftar.eoffice.receipt.Receipt;
import org.daftar.repository.Repository;
import org.daftar.repository.content.FileSystemContentStore;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** A fresh database per test class with the e-Office assembled over the real repository and a Sehore organisation. */
@ExtendWith(EmbeddedDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EofficeTestBase {

    TestClock clock;
    Repository repository;
    Eoffice eoffice;
    SehoreOffice sehore;
    JdbcClient jdbc;

    @BeforeAll
    void assemble(DataSource dataSource) throws IOException {
        clock = new TestClock(Instant.parse("2026-03-02T05:00:00Z"));
        Path content = Files.createTempDirectory("daftar-eoffice-test");
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        repository = Repository.assemble(org.daftar.model.TypeRegistry.standard(), dataSource, transactions,
                new FileSystemContentStore(content, 1 << 24), clock);
        eoffice = Eoffice.assemble(dataSource, transactions, repository, clock);
        sehore = SehoreOffice.create(eoffice.organisation(), repository.users(), "");
        jdbc = JdbcClient.create(dataSource);
    }

    EFile newFile(ActingDesk desk, String subject) {
        return eoffice.files().create(desk, new NewFile("A-12011", null, subject, "Land Records", null, null, "B", null));
    }

    EFile newFile(ActingDesk desk, String subject, String grading) {
        return eoffice.files().create(desk, new NewFile("A-12011", null, subject, null, null, null, null, grading));
    }

    Movement send(ActingDesk from, EFile file, ActingDesk to) {
        return eoffice.movements().send(from, file.item().nodeId(), ItemKind.file, to.postId(), "for kind perusal",
                Priority.Normal, null);
    }

    Receipt physicalReceipt(ActingDesk desk, String subject) {
        return eoffice.receipts().diarise(desk, new NewReceipt(subject, "Land", null, "तहसीलदार आष्टा", "Tehsildar",
                "Tehsil Ashta", null, null, "Ashta", null, null, null, "412/Reader/2026",
                java.time.LocalDate.parse("2026-02-25"), java.time.LocalDate.parse("2026-03-01"), "Hand", null, false,
                false, false, null, null), null, null);
    }

    static String text(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
