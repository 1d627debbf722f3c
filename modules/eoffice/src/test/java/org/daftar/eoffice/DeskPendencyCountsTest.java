package org.daftar.eoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Priority;
import org.junit.jupiter.api.Test;

/**
 * The per-desk pendency counters ({@code eo_desk_pendency}, kept by triggers) always equal a recount of the items
 * themselves: a seeded random office life of creations, sends with and without due dates, opens, pull backs, parks,
 * closes, reopens and receipts put in files, refusals included, checked against the recount every few steps.
 */
class DeskPendencyCountsTest extends EofficeTestBase {

    private static final String RECOUNT = """
            SELECT holder_post || ' ' || (status = 'Active') || ' ' || (held_since AT TIME ZONE 'UTC')::date || ' '
                   || coalesce(due_date, 'infinity'::date) AS key, count(*)::int AS items
            FROM eo_item WHERE status <> 'Closed' AND in_file IS NULL GROUP BY 1""";
    private static final String COUNTERS = """
            SELECT post_id || ' ' || active || ' ' || held_day || ' ' || due_date AS key, items FROM eo_desk_pendency""";

    private record Held(UUID id, ItemKind kind, ActingDesk creator) {
    }

    @Test
    void countersEqualARecountOfTheItemsThroughARandomOfficeLife() {
        List<ActingDesk> desks = List.of(sehore.assistant(), sehore.os(), sehore.deputy(), sehore.additional(),
                sehore.collector(), sehore.clerk(), sehore.tehsilReader());
        Map<Long, ActingDesk> byPost = desks.stream().collect(Collectors.toMap(ActingDesk::postId, Function.identity()));
        List<Held> items = new ArrayList<>();
        Random random = new Random(20261122);
        int refused = 0;
        int checks = 0;
        for (int step = 0; step < 400; step++) {
            clock.advance(Duration.ofHours(random.nextInt(30)));
            try {
                act(random, desks, byPost, items);
            } catch (EofficeException refusal) {
                refused++;
            }
            if (step % 20 == 19) {
                assertThat(counts(COUNTERS)).as("counters after step %d", step).isEqualTo(counts(RECOUNT));
                checks++;
            }
        }
        assertThat(checks).isEqualTo(20);
        // the walk must have exercised both outcomes, and left pending work on more than one desk and day
        assertThat(refused).isBetween(20, 300);
        assertThat(jdbc.sql("SELECT count(DISTINCT post_id) FROM eo_desk_pendency").query(Long.class).single())
                .isGreaterThan(3);
        assertThat(jdbc.sql("SELECT count(DISTINCT held_day) FROM eo_desk_pendency").query(Long.class).single())
                .isGreaterThan(5);
        assertThat(jdbc.sql("SELECT count(*) FROM eo_desk_pendency WHERE NOT active").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM eo_item WHERE in_file IS NOT NULL").query(Long.class).single())
                .isPositive();
    }

    @Test
    void aRecountFindsAndMendsCountersChangedBehindTheTriggersBack() {
        send(sehore.assistant(), newFile(sehore.assistant(), "for the recount"), sehore.deputy());
        assertThat(eoffice.pendencyCounters().recount().corrected()).isZero();
        long deputy = sehore.deputy().postId();
        jdbc.sql("UPDATE eo_desk_pendency SET items = items + 5 WHERE post_id = ?").param(deputy).update();
        jdbc.sql("""
                INSERT INTO eo_desk_pendency VALUES (?, true, DATE '2001-01-01', DATE 'infinity', 3)""")
                .param(sehore.os().postId()).update();
        long wrong = jdbc.sql("SELECT count(*) FROM eo_desk_pendency WHERE post_id = ?").param(deputy)
                .query(Long.class).single() + 1;

        var recount = eoffice.pendencyCounters().recount();

        assertThat(recount.corrected()).isEqualTo(wrong);
        assertThat(counts(COUNTERS)).isEqualTo(counts(RECOUNT));
        assertThat(recount.counters()).isEqualTo(counts(RECOUNT).size());
        assertThat(eoffice.pendencyCounters().recount().corrected()).isZero();
    }

    @Test
    void aDecrementOfACounterThatDoesNotExistIsRefusedByTheDatabase() {
        long post = sehore.os().postId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                        "SELECT eo_desk_pendency_add(?, true, DATE '1999-01-01', DATE 'infinity', -1)").param(post)
                        .query().listOfRows())
                .hasMessageContaining("pendency counter").hasMessageContaining("is missing");
    }

    private void act(Random random, List<ActingDesk> desks, Map<Long, ActingDesk> byPost, List<Held> items) {
        int choice = items.size() < 6 ? random.nextInt(2) : random.nextInt(11);
        ActingDesk someone = desks.get(random.nextInt(desks.size()));
        if (choice == 0) {
            items.add(new Held(newFile(someone, "file " + items.size()).item().nodeId(), ItemKind.file, someone));
            return;
        }
        if (choice == 1) {
            items.add(new Held(physicalReceipt(someone, "receipt " + items.size()).item().nodeId(), ItemKind.receipt,
                    someone));
            return;
        }
        Held item = items.get(random.nextInt(items.size()));
        // mostly the holding desk acts, sometimes another one (refused)
        ActingDesk holder = byPost.get(jdbc.sql("SELECT holder_post FROM eo_item WHERE node_id = ?").param(item.id())
                .query(Long.class).single());
        ActingDesk actor = random.nextInt(8) == 0 ? someone : holder;
        var movements = eoffice.movements();
        switch (choice) {
            case 2, 3, 4 -> {
                ActingDesk to = desks.get(random.nextInt(desks.size()));
                LocalDate due = random.nextBoolean() ? null
                        : LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(random.nextInt(20));
                movements.send(actor, item.id(), item.kind(), to.postId(), "please see", Priority.Normal, due);
            }
            case 5 -> movements.open(actor, item.id(), item.kind());
            case 6 -> {
                long sender = jdbc.sql("""
                                SELECT coalesce((SELECT m.from_post FROM eo_movement m JOIN eo_item i ON i.last_sent_id = m.id
                                                 WHERE i.node_id = ?), 0)""")
                        .param(item.id()).query(Long.class).single();
                movements.pullBack(byPost.getOrDefault(sender, actor), item.id(), item.kind(), "taken back");
            }
            case 7 -> movements.park(actor, item.id(), item.kind(), "awaiting reply");
            case 8 -> movements.activate(actor, item.id(), item.kind(), "reply came");
            case 9 -> {
                if (random.nextBoolean()) {
                    movements.close(item.creator(), item.id(), item.kind(), "disposed of");
                } else {
                    movements.reopen(item.creator(), item.id(), item.kind(), "more to do");
                }
            }
            default -> {
                if (item.kind() != ItemKind.receipt) {
                    throw new InvalidRequestException("only receipts go into files");
                }
                // a file the receipt's desk holds, if any (else any file: refused)
                UUID file = jdbc.sql("""
                                SELECT node_id FROM eo_item WHERE kind = 'file' ORDER BY (holder_post = ?) DESC, random()
                                LIMIT 1""").param(holder.postId()).query(UUID.class).optional()
                        .orElseThrow(() -> new InvalidRequestException("no file yet"));
                eoffice.receipts().putInFile(actor, item.id(), file, 1 + random.nextInt(3));
            }
        }
    }

    private Map<String, Integer> counts(String sql) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString("key"), rs.getInt("items"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
