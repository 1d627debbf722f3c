package org.daftar.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeChange;
import org.daftar.repository.text.PageText;
import org.daftar.repository.testing.EmbeddedDatabase;
import org.daftar.search.solr.SearchUnavailableException;
import org.daftar.search.solr.SolrCollection;
import org.daftar.search.solr.SolrSettings;
import org.daftar.search.testing.EmbeddedSolr;
import org.daftar.search.testing.SearchHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every committed change reaches the index exactly as it is in the database, whatever fails in between. */
@ExtendWith({EmbeddedDatabase.class, EmbeddedSolr.class})
class OutboxIndexerTest {

    @TempDir
    Path temp;

    @Test
    void changesWriteOutboxRowsInTheirOwnTransactionAndTheIndexFollows(DataSource db, SolrCollection solr) {
        try (SearchHarness search = new SearchHarness(db, temp.resolve("content"), solr)) {
            Node note = search.text("ओलावृष्टि से फसल क्षति का सर्वेक्षण");
            assertThat(search.search().indexer().pending()).isPositive();
            search.indexed();
            assertThat(search.search().indexer().pending()).isZero();
            assertThat(search.ids("ओलावृष्टि")).containsExactly(note.id());

            search.repository().nodes().update(note.id(), new NodeChange("renamed-hailstorm.pdf", null, null, null),
                    "test");
            search.repository().pageTexts().replace(note.id(), "1.0", List.of(
                    new PageText(1, PageText.TextSource.OCR, "hin", 80f, "पाला से फसल क्षति")));
            search.indexed();
            assertThat(search.ids("ओलावृष्टि")).isEmpty();
            assertThat(search.ids("पाला")).containsExactly(note.id());
            assertThat(search.ids("hailstorm")).containsExactly(note.id());

            search.repository().nodes().delete(note.id(), "test");
            search.indexed();
            assertThat(search.ids("पाला")).isEmpty();
            search.repository().nodes().restore(note.id(), "test");
            search.indexed();
            assertThat(search.ids("पाला")).containsExactly(note.id());
        }
    }

    @Test
    void fewerPagesThanBeforeLeaveNoStalePagesBehind(DataSource db, SolrCollection solr) {
        try (SearchHarness search = new SearchHarness(db, temp.resolve("content"), solr)) {
            Node scan = search.text("first page", "second page about kharif", "third page about rabi");
            search.indexed();
            assertThat(search.ids("rabi")).containsExactly(scan.id());
            search.repository().pageTexts().replace(scan.id(), "1.0", List.of(
                    new PageText(1, PageText.TextSource.OCR, "eng", 90f, "only page")));
            search.indexed();
            assertThat(search.ids("rabi")).isEmpty();
            assertThat(search.ids("kharif")).isEmpty();
            search.repository().pageTexts().replace(scan.id(), "1.0", List.of());
            search.indexed();
            assertThat(search.find("reader", "").hits()).filteredOn(hit -> hit.nodeId().equals(scan.id()))
                    .singleElement().satisfies(hit -> assertThat(hit.page()).isZero());
            assertThat(search.ids("page")).isEmpty();
        }
    }

    @Test
    void aCrashBetweenDatabaseCommitAndSolrIsRepairedOnRestart(DataSource db) {
        Path solrHome = temp.resolve("solr");
        Node paper;
        SolrCollection first = SolrCollection.open(SolrSettings.embedded(solrHome));
        try (SearchHarness search = new SearchHarness(db, temp.resolve("content"), first)) {
            search.indexed();
            // The change is committed in PostgreSQL; then Solr goes away before the indexer sends it.
            paper = search.text("बाढ़ राहत राशि का वितरण");
            first.close();
            assertThatThrownBy(() -> search.search().indexer().drainOnce())
                    .isInstanceOf(SearchUnavailableException.class);
            assertThat(search.search().indexer().pending()).as("outbox rows survive the failure").isPositive();
        }
        // "Restart": a new Solr on the same home, a new indexer; the outbox still holds the change.
        try (SolrCollection second = SolrCollection.open(SolrSettings.embedded(solrHome));
             SearchHarness search = new SearchHarness(db, temp.resolve("content"), second)) {
            search.search().indexer().retryPostponedNow(); // what start() does first
            search.indexed();
            assertThat(search.ids("बाढ़")).containsExactly(paper.id());
            assertThat(search.search().indexer().pending()).isZero();
        }
    }

    @Test
    void aNodeThatCannotBeIndexedDoesNotHoldUpTheOthers(DataSource db, SolrCollection solr) {
        // An access rule that fails for scans stands in for any node Solr or the rules refuse.
        var grading = new org.daftar.repository.access.GradingReadAccess();
        org.daftar.repository.access.ReadAccess failingForScans = new org.daftar.repository.access.ReadAccess() {
            @Override
            public java.util.Set<String> readers(Node node) {
                if (node.type().equals("eo:scan")) {
                    throw new IllegalStateException("no readers for " + node.id());
                }
                return grading.readers(node);
            }

            @Override
            public java.util.Set<String> principals(String username) {
                return grading.principals(username);
            }
        };
        try (SearchHarness search = new SearchHarness(db, temp.resolve("content"), solr, failingForScans)) {
            search.indexed();
            Node before = search.text("पहला कागज़ मूँगफली");
            Node poison = search.document("eo:scan", java.util.Map.of(), "test", "मूँगफली scan");
            Node after = search.text("दूसरा कागज़ मूँगफली");
            assertThatThrownBy(() -> search.search().indexer().drainOnce()).hasMessageContaining("no readers");
            Instant deadline = Instant.now().plusSeconds(30);
            while (search.ids("मूँगफली").size() < 2) {
                assertThat(Instant.now()).as("the others indexed before the deadline").isBefore(deadline);
                try {
                    search.search().indexer().drainOnce();
                } catch (IllegalStateException expected) {
                    // the scan again, alone now
                }
                search.refresh();
            }
            assertThat(search.ids("मूँगफली")).containsExactlyInAnyOrder(before.id(), after.id());
            JdbcClient jdbc = JdbcClient.create(db);
            assertThat(jdbc.sql("SELECT DISTINCT node_id FROM index_outbox").query(java.util.UUID.class).list())
                    .containsExactly(poison.id());
            assertThat(jdbc.sql("SELECT min(attempts) FROM index_outbox").query(Integer.class).single()).isPositive();
            assertThat(jdbc.sql("SELECT max(last_error) FROM index_outbox").query(String.class).single())
                    .contains("no readers");
        }
    }

    @Test
    void severalIndexersShareTheOutboxAndTheNewestStateWins(DataSource db, SolrCollection solr) throws Exception {
        try (SearchHarness search = new SearchHarness(db, temp.resolve("content"), solr)) {
            Node paper = search.text("version 0");
            for (int i = 1; i <= 30; i++) {
                search.repository().nodes().update(paper.id(), new NodeChange("revision" + i + ".pdf", null, null,
                        null), "test");
            }
            for (int i = 0; i < 40; i++) {
                search.text("filler paper " + i);
            }
            JdbcClient jdbc = JdbcClient.create(db);
            OutboxIndexer second = new OutboxIndexer(jdbc, new org.springframework.jdbc.datasource
                    .DataSourceTransactionManager(db), search.search().writer(), 5);
            OutboxIndexer third = new OutboxIndexer(jdbc, new org.springframework.jdbc.datasource
                    .DataSourceTransactionManager(db), search.search().writer(), 7);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<Long>> drained = pool.invokeAll(List.<Callable<Long>>of(
                        () -> search.search().indexer().drainAll(), second::drainAll, third::drainAll));
                long total = 0;
                for (Future<Long> f : drained) {
                    total += f.get();
                }
                assertThat(total).as("each outbox row consumed exactly once").isEqualTo(
                        jdbc.sql("SELECT count(*) FROM index_outbox").query(Long.class).single() + total);
            } finally {
                pool.shutdown();
            }
            search.refresh();
            assertThat(search.search().indexer().pending()).isZero();
            assertThat(search.ids("revision30")).containsExactly(paper.id());
            assertThat(search.ids("revision29")).isEmpty();
            assertThat(search.find("reader", "filler").total()).isEqualTo(40);
        }
    }

    @Test
    void aBackgroundIndexerMakesAChangeSearchableWithoutAnyCommitFromTheCaller(DataSource db, SolrCollection solr) {
        try (SearchHarness search = new SearchHarness(db, temp.resolve("content"), solr)) {
            search.search().indexer().start(Duration.ofMillis(200));
            Instant saved = Instant.now();
            Node paper = search.text("टिड्डी दल नियंत्रण");
            Instant deadline = saved.plusSeconds(30);
            while (search.ids("टिड्डी").isEmpty()) {
                assertThat(Instant.now()).as("visible before the deadline").isBefore(deadline);
                Thread.onSpinWait();
            }
            assertThat(search.ids("टिड्डी")).containsExactly(paper.id());
        }
    }

    @Test
    void reindexRebuildsTheIndexFromTheDatabaseAndDropsWhatIsNotThere(DataSource db, SolrCollection solr)
            throws Exception {
        try (SearchHarness search = new SearchHarness(db, temp.resolve("content"), solr)) {
            Node kept = search.text("अतिक्रमण हटाने की कार्यवाही");
            search.indexed();
            // The index loses everything (a wiped Solr), and holds a stray entry no node explains.
            solr.client().deleteByQuery(solr.name(), "*:*");
            var stray = new org.apache.solr.common.SolrInputDocument("id", "stray!0", "node_id", java.util.UUID.randomUUID().toString(),
                    "readers", "group:everyone", "body", "अतिक्रमण");
            stray.setField("page", 0);
            stray.setField("indexed_at", java.util.Date.from(Instant.now().minusSeconds(3600)));
            solr.client().add(solr.name(), stray);
            search.refresh();
            assertThat(search.ids("अतिक्रमण")).doesNotContain(kept.id()).hasSize(1);

            ReindexStatus status = search.search().reindexer().runNow();
            search.refresh();
            assertThat(status.state()).isEqualTo(ReindexStatus.State.DONE);
            assertThat(status.done()).isEqualTo(status.total()).isPositive();
            assertThat(search.ids("अतिक्रमण")).containsExactly(kept.id());
            assertThat(search.search().reindexer().status()).isEqualTo(status);
        }
    }
}
