package org.daftar.eoffice;

import java.time.Clock;
import javax.sql.DataSource;
import org.daftar.eoffice.access.EofficeReadAccess;
import org.daftar.eoffice.access.EofficeWriteAccess;
import org.daftar.eoffice.draft.DispatchRegister;
import org.daftar.eoffice.draft.Drafts;
import org.daftar.eoffice.efile.EFiles;
import org.daftar.eoffice.item.Items;
import org.daftar.eoffice.movement.DeskFolders;
import org.daftar.eoffice.movement.Movements;
import org.daftar.eoffice.note.Notesheets;
import org.daftar.eoffice.numbering.Counters;
import org.daftar.eoffice.organisation.Organisation;
import org.daftar.eoffice.pendency.PendencyCounters;
import org.daftar.eoffice.pendency.PendencyReports;
import org.daftar.eoffice.receipt.DakCounter;
import org.daftar.eoffice.receipt.Receipts;
import org.daftar.repository.Repository;
import org.daftar.repository.access.OwnerWriteAccess;
import org.daftar.repository.node.NodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-Office features wired together over the repository's database and node service: what the server, the
 * benchmark and the tests all use. The transaction manager must be over the same data source as the node service,
 * so that a node and its e-Office rows commit together.
 */
public record Eoffice(Organisation organisation, EFiles files, Notesheets notes, Receipts receipts, DakCounter dak,
                      Drafts drafts, DispatchRegister dispatchRegister, Movements movements, DeskFolders folders,
                      PendencyReports reports, PendencyCounters pendencyCounters, EofficeReadAccess access,
                      EofficeWriteAccess writeAccess) {

    /** Assembles the e-Office; the schema must already be migrated. */
    public static Eoffice assemble(DataSource dataSource, PlatformTransactionManager transactions, Repository repository,
                                   Clock clock) {
        NodeStore nodes = repository.nodes();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Organisation organisation = new Organisation(jdbc, nodes, repository.users(), transaction, clock);
        EofficeReadAccess access = new EofficeReadAccess(jdbc);
        Items items = new Items(jdbc, nodes, access);
        Counters counters = new Counters(jdbc);
        Receipts receipts = new Receipts(jdbc, nodes, organisation, items, counters, access, transaction, clock);
        Movements movements = new Movements(jdbc, items, access, transaction, clock);
        return new Eoffice(organisation,
                new EFiles(jdbc, nodes, organisation, items, counters, access, transaction, clock),
                new Notesheets(jdbc, nodes, items, access, transaction, clock),
                receipts,
                new DakCounter(receipts, movements, transaction),
                new Drafts(jdbc, nodes, organisation, items, counters, access, transaction, clock),
                new DispatchRegister(jdbc, nodes, organisation, access),
                movements,
                new DeskFolders(jdbc),
                new PendencyReports(jdbc, clock),
                new PendencyCounters(jdbc, transaction),
                access,
                new EofficeWriteAccess(jdbc, new OwnerWriteAccess(repository.users())));
    }
}
