package org.daftar.eoffice.movement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.DatabaseRefusals;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.RuleViolationException;
import org.daftar.eoffice.access.EofficeReadAccess;
import org.daftar.eoffice.item.Item;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.item.ItemStatus;
import org.daftar.eoffice.item.Items;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves files and receipts between desks and keeps their history. Every action is one transaction that checks
 * the rules of office practice, changes the holder or status with a conditional update (so that concurrent
 * actions cannot both succeed), appends to the history and touches the item's node.
 */
public final class Movements {

    private final JdbcClient jdbc;
    private final Items items;
    private final MovementLog log;
    private final EofficeReadAccess access;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Movements(JdbcClient jdbc, Items items, EofficeReadAccess access, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.log = new MovementLog(jdbc);
        this.access = access;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Sends an item from the desk holding it to {@code toPost}. Refused when the desk does not hold it (the answer
     * names the holder), when it is parked or closed, when a file has yellow notes, or when a receipt is inside a file.
     *
     * <p>The send is tried first and explained only if it fails: the conditional update in
     * {@link MovementLog#recordSend} (and the database's yellow-note trigger) enforce every rule, so a send that goes
     * through costs one statement instead of reading the item and its notes beforehand. A refusal reads the item
     * afterwards, outside the failed transaction, to say which rule applied.
     */
    public Movement send(ActingDesk desk, UUID itemId, ItemKind kind, long toPost, String remarks, Priority priority,
                         LocalDate dueDate) {
        if (toPost == desk.postId()) {
            throw new InvalidRequestException("A desk cannot send to itself; choose another post");
        }
        if (dueDate != null && dueDate.isBefore(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))) {
            throw new InvalidRequestException("dueDate " + dueDate + " is in the past");
        }
        MovementAction.Sent action = new MovementAction.Sent(toPost, priority == null ? Priority.Normal : priority,
                dueDate);
        java.util.Optional<Movement> sent;
        try {
            sent = transaction.execute(status -> log.recordSend(itemId, kind, action, desk, remarks, clock.instant())
                    .map(recorded -> {
                        if (recorded.newReader()) {
                            // Readers changed: touch the node so indexers re-read ReadAccess.readers for it. The
                            // receipts in a file are read by the file's chain, so they are touched too (else search
                            // hides them from the new desk).
                            items.readersChanged(itemId, desk.username());
                            if (kind == ItemKind.file) {
                                jdbc.sql("SELECT node_id FROM eo_item WHERE in_file = ?").param(itemId)
                                        .query(UUID.class).list()
                                        .forEach(receipt -> items.readersChanged(receipt, desk.username()));
                            }
                        }
                        return recorded.movement();
                    }));
        } catch (DataIntegrityViolationException e) {
            String reason = DatabaseRefusals.reason(e);
            if (reason.contains("holder_post_fkey") || reason.contains("to_post_fkey")) {
                throw new EofficeNotFoundException("Post", toPost);
            }
            if (!reason.contains("yellow notes")) {
                throw new RuleViolationException("Refused by the database: " + reason);
            }
            sent = java.util.Optional.empty();
        }
        return sent.orElseThrow(() -> sendRefusal(desk, itemId, kind));
    }

    /** Why a send matched nothing: the rules in the order users expect them, then a concurrent move. */
    private RuntimeException sendRefusal(ActingDesk desk, UUID itemId, ItemKind kind) {
        Item item = items.require(itemId, kind, desk.username());
        Items.requireHolder(item, desk, "send it");
        item.status().requireActive(item.label());
        if (item.inFile() != null) {
            return new RuleViolationException(item.label() + " is in file " + item.inFile() + "; send the file instead");
        }
        if (kind == ItemKind.file) {
            requireNoYellowNotes(item);
        }
        long holder = items.holder(itemId);
        return new RuleViolationException(item.label() + " was just moved; it is now held by post " + holder,
                Map.of("holderPostId", holder));
    }

    /**
     * The holding desk opens an item it received: the send is marked read, after which the sender can no longer
     * pull it back. Opening again changes nothing. Returns whether this call marked it read.
     */
    public boolean open(ActingDesk desk, UUID itemId, ItemKind kind) {
        Item item = items.require(itemId, kind, desk.username());
        Items.requireHolder(item, desk, "open it from the inbox");
        return jdbc.sql("""
                        WITH item AS (UPDATE eo_item SET unread = false WHERE node_id = :item AND unread
                                      RETURNING last_sent_id)
                        UPDATE eo_movement SET read_at = :at
                        WHERE id = (SELECT last_sent_id FROM item)
                          AND to_post = :post AND read_at IS NULL AND pulled_back_at IS NULL""")
                .param("at", Timestamp.from(clock.instant())).param("item", itemId).param("post", desk.postId())
                .update() == 1;
    }

    /** Takes back an item this desk sent, only while the receiver has not opened it. */
    public Movement pullBack(ActingDesk desk, UUID itemId, ItemKind kind, String remarks) {
        return transaction.execute(status -> {
            Item item = items.require(itemId, kind, desk.username());
            Movement send = log.lastSend(itemId).filter(m -> m.fromPost() == desk.postId() && m.pulledBackAt() == null)
                    .orElseThrow(() -> new RuleViolationException(item.label()
                            + " was not last sent by post " + desk.postId() + "; only its sender can pull it back"));
            Instant now = clock.instant();
            int marked = jdbc.sql("""
                            UPDATE eo_movement SET pulled_back_at = ? WHERE id = ? AND read_at IS NULL AND pulled_back_at IS NULL""")
                    .params(Timestamp.from(now), send.id()).update();
            if (marked == 0) {
                throw new RuleViolationException(item.label() + " has already been opened by post " + send.toPost()
                        + "; it can no longer be pulled back", Map.of("holderPostId", send.toPost()));
            }
            if (!items.changeHolder(itemId, send.toPost(), desk.postId(), now, null)) {
                throw new RuleViolationException(item.label() + " has moved on from post " + send.toPost()
                        + "; it can no longer be pulled back", Map.of("holderPostId", items.holder(itemId)));
            }
            jdbc.sql("UPDATE eo_item SET last_sent_id = NULL, unread = false WHERE node_id = ?").param(itemId).update();
            Movement pulled = log.append(itemId, new MovementAction.PulledBack(), desk, remarks, now);
            items.touch(item, ItemStatus.ACTIVE, desk.username());
            return pulled;
        });
    }

    /** Takes an item out of pendency (waiting for something outside); only the holding desk. */
    public Movement park(ActingDesk desk, UUID itemId, ItemKind kind, String remarks) {
        return changeStatus(desk, itemId, kind, remarks, ItemStatus.ACTIVE, ItemStatus.PARKED,
                new MovementAction.Parked(), "park it");
    }

    /** Returns a parked item to pendency; only the holding desk. */
    public Movement activate(ActingDesk desk, UUID itemId, ItemKind kind, String remarks) {
        return changeStatus(desk, itemId, kind, remarks, ItemStatus.PARKED, ItemStatus.ACTIVE,
                new MovementAction.Activated(), "make it active");
    }

    /**
     * Closes an item: only its creating desk, holding it, with a remark. A receipt with an undispatched draft in
     * reply, and a file with yellow notes, cannot be closed.
     */
    public Movement close(ActingDesk desk, UUID itemId, ItemKind kind, String remarks) {
        if (remarks == null || remarks.isBlank()) {
            throw new InvalidRequestException("Closing needs a remark saying why");
        }
        return transaction.execute(status -> {
            Item item = items.lock(itemId, kind, desk.username());
            if (item.createdByPost() != desk.postId()) {
                throw new RuleViolationException(item.label() + " was created by post " + item.createdByPost()
                        + "; only the creating desk may close it");
            }
            Items.requireHolder(item, desk, "close it");
            if (item.status() instanceof ItemStatus.Closed) {
                throw new RuleViolationException(item.label() + " is already closed");
            }
            if (kind == ItemKind.file) {
                requireNoYellowNotes(item);
            }
            long undispatched = jdbc.sql("""
                            SELECT count(*) FROM eo_draft WHERE status <> 'Issued' AND (reply_to = ? OR file_id = ?)""")
                    .params(itemId, kind == ItemKind.file ? itemId : null).query(Long.class).single();
            if (undispatched > 0) {
                throw new RuleViolationException(item.label() + " has " + undispatched
                        + " draft(s) not yet dispatched; issue or discard them before closing");
            }
            return apply(desk, item, ItemStatus.CLOSED, new MovementAction.Closed(), remarks);
        });
    }

    /** Reopens a closed item; only the desk that closed it. */
    public Movement reopen(ActingDesk desk, UUID itemId, ItemKind kind, String remarks) {
        return transaction.execute(status -> {
            Item item = items.lock(itemId, kind, desk.username());
            if (!(item.status() instanceof ItemStatus.Closed)) {
                throw new RuleViolationException(item.label() + " is not closed");
            }
            long closer = log.of(itemId).reversed().stream().filter(m -> m.action().equals("Closed")).findFirst()
                    .orElseThrow().fromPost();
            if (closer != desk.postId()) {
                throw new RuleViolationException(item.label() + " was closed by post " + closer
                        + "; only that desk may reopen it");
            }
            return apply(desk, item, ItemStatus.ACTIVE, new MovementAction.Reopened(), remarks);
        });
    }

    /** The full history, for a user who may read the item. */
    public List<Movement> history(String username, UUID itemId) {
        access.requireReadable(username, itemId, "Item");
        return log.of(itemId);
    }

    /** Who held the item, from when to when, with what remark — the last entry is where it is now. */
    public List<HoldingPeriod> holders(String username, UUID itemId) {
        List<Movement> history = history(username, itemId);
        List<HoldingPeriod> periods = new ArrayList<>();
        long holder = -1;
        Instant since = null;
        String remark = null;
        for (Movement m : history) {
            Long next = switch (m.action()) {
                case "Created", "PulledBack" -> m.fromPost();
                case "Sent" -> m.toPost();
                default -> null;
            };
            if (next == null) {
                continue;
            }
            if (since != null) {
                periods.add(new HoldingPeriod(holder, since, m.at(), remark, Duration.between(since, m.at())));
            }
            holder = next;
            since = m.at();
            remark = m.remarks();
        }
        if (since != null) {
            periods.add(new HoldingPeriod(holder, since, null, remark, Duration.between(since, clock.instant())));
        }
        return periods;
    }

    private Movement changeStatus(ActingDesk desk, UUID itemId, ItemKind kind, String remarks, ItemStatus from,
                                  ItemStatus to, MovementAction action, String what) {
        return transaction.execute(status -> {
            Item item = items.lock(itemId, kind, desk.username());
            Items.requireHolder(item, desk, what);
            if (!item.status().equals(from)) {
                throw new RuleViolationException(item.label() + " is " + item.status().name() + ", not "
                        + from.name() + "; cannot " + what);
            }
            return apply(desk, item, to, action, remarks);
        });
    }

    private Movement apply(ActingDesk desk, Item item, ItemStatus to, MovementAction action, String remarks) {
        Instant now = clock.instant();
        items.setStatus(item.nodeId(), to, now);
        Movement movement = log.append(item.nodeId(), action, desk, remarks, now);
        items.touch(item, to, desk.username());
        return movement;
    }

    private void requireNoYellowNotes(Item file) {
        long yellow = jdbc.sql("SELECT count(*) FROM eo_note WHERE file_id = ? AND state = 'Yellow'")
                .param(file.nodeId()).query(Long.class).single();
        if (yellow > 0) {
            throw new RuleViolationException(file.label() + " has " + yellow
                    + " yellow note(s); confirm or discard them before it moves");
        }
    }

}
