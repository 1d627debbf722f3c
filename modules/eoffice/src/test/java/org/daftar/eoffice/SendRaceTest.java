package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Priority;
import org.junit.jupiter.api.Test;

class SendRaceTest extends EofficeTestBase {

    @Test
    void fiftyConcurrentSendsOfOneFileRecordExactlyOneMovementAndRefuseTheRestNamingTheHolder() throws Exception {
        EFile file = newFile(sehore.assistant(), "Race: fifty sends at once");
        List<ActingDesk> receivers = List.of(sehore.os(), sehore.deputy(), sehore.additional(), sehore.collector());
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Object> refusalHolders = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                ActingDesk to = receivers.get(i % receivers.size());
                tasks.add(pool.submit(() -> {
                    start.await();
                    try {
                        eoffice.movements().send(sehore.assistant(), file.item().nodeId(), ItemKind.file, to.postId(),
                                "race", Priority.Immediate, null);
                        sent.incrementAndGet();
                    } catch (RuleViolationException e) {
                        refused.incrementAndGet();
                        refusalHolders.add(e.details().get("holderPostId"));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> task : tasks) {
                task.get();
            }
        }
        assertThat(sent.get()).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(49);
        long sends = jdbc.sql("SELECT count(*) FROM eo_movement WHERE item_id = ? AND action = 'Sent'")
                .param(file.item().nodeId()).query(Long.class).single();
        assertThat(sends).isEqualTo(1);
        long holder = jdbc.sql("SELECT holder_post FROM eo_item WHERE node_id = ?").param(file.item().nodeId())
                .query(Long.class).single();
        assertThat(refusalHolders).containsOnly(holder);
    }
}
