package org.daftar.repository.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.repository.audit.AuditCheckpoints.Checkpoint;
import org.daftar.repository.audit.AuditFinding.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the audit chain from the raw columns with {@link AuditChain}'s Java definition (never the database's
 * functions, which whoever rewrote history could have replaced) and names what does not match: edited, deleted,
 * inserted or swapped events, broken links, and checkpoints the chain no longer reproduces.
 *
 * <p>It streams: one pass over the links in chain order joined to their events, one over events without a link,
 * both in one repeatable-read snapshot, with rows fetched a few thousand at a time; memory does not grow with the
 * log (only with the number of findings, of which the first {@value #MAX_FINDINGS} are kept).
 */
public final class AuditVerification {

    /** Findings beyond this many are counted, not listed. */
    public static final int MAX_FINDINGS = 1_000;
    private static final int FETCH_SIZE = 2_000;
    /** Edited events kept to recognise a swap with a later one. */
    private static final int SWAP_WINDOW = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    public AuditVerification(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * The outcome: {@code ok()} when there are no findings.
     *
     * @param links         links walked
     * @param events        audit events present
     * @param checkpoints   checkpoints compared with the chain
     * @param findings      the first {@value #MAX_FINDINGS} findings, in chain order
     * @param findingsTotal all findings
     */
    public record Report(long links, long events, int checkpoints, List<AuditFinding> findings, long findingsTotal,
                         Duration took) {
        public boolean ok() {
            return findingsTotal == 0;
        }
    }

    /** Verifies the chain, and that it still reproduces each of {@code checkpoints} (already signature-checked). */
    public Report verify(List<Checkpoint> checkpoints) {
        long started = System.nanoTime();
        Walk walk = new Walk(checkpoints);
        snapshot.executeWithoutResult(status -> {
            jdbc.query("""
                    SELECT c.seq, c.event_id, c.prev_hash, c.hash,
                           e.id, e.at, e.actor, e.action, e.node_id, e.details
                    FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id
                    ORDER BY c.seq""", walk::link);
            jdbc.query("SELECT seq, event_id, hash FROM audit_chain_head", walk::head);
            jdbc.query("""
                    SELECT e.id FROM audit_event e
                    WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
                    ORDER BY e.id""", walk::unlinked);
            walk.checkpointsBeyondEnd();
        });
        return new Report(walk.position, walk.events, checkpoints.size(), List.copyOf(walk.findings), walk.total,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The state of one pass along the chain. */
    private static final class Walk {
        final Map<Long, Checkpoint> checkpoints = new HashMap<>();
        final List<AuditFinding> findings = new ArrayList<>();
        final List<Edited> edited = new ArrayList<>();
        long total;
        long position;
        long events;
        byte[] previous = AuditChain.GENESIS;
        Checkpoint lastGood;

        Walk(List<Checkpoint> all) {
            all.forEach(c -> checkpoints.put(c.position(), c));
        }

        void link(ResultSet rs) throws SQLException {
            long seq = rs.getLong("seq");
            long eventId = rs.getLong("event_id");
            byte[] storedPrevious = rs.getBytes("prev_hash");
            byte[] stored = rs.getBytes("hash");
            if (seq != position + 1) {
                find(Kind.LINK_BROKEN, null, position + 1, "chain positions " + (position + 1) + " to " + (seq - 1)
                        + " are missing (links deleted before event " + eventId + ")");
            } else if (!Arrays.equals(storedPrevious, previous)) {
                find(Kind.LINK_BROKEN, eventId, seq, "the link of event " + eventId + " (chain position " + seq
                        + ") does not follow the link before it: the chain was rewritten there");
            }
            if (rs.getObject("id") == null) {
                find(Kind.DELETED, eventId, seq, "event " + eventId + " (chain position " + seq + ") was deleted");
            } else {
                events++;
                Content content = new Content(eventId, rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("action"), rs.getObject("node_id", UUID.class), rs.getString("details"));
                if (!Arrays.equals(AuditChain.link(storedPrevious, content.canonical(eventId)), stored)) {
                    edited(new Edited(seq, storedPrevious, stored, content, findings.size()));
                }
            }
            // Carry on from the stored hash, so each later tampering is named on its own; a chain rewritten
            // consistently from some point on is caught by the checkpoints below instead.
            previous = stored;
            position = seq;
            Checkpoint checkpoint = checkpoints.get(seq);
            if (checkpoint != null) {
                compare(checkpoint, eventId, stored);
            }
        }

        void head(ResultSet rs) throws SQLException {
            long seq = rs.getLong("seq");
            if (seq != position || !Arrays.equals(rs.getBytes("hash"), previous)) {
                find(Kind.HEAD, null, seq, "the chain head says position " + seq + " but the last link is at position "
                        + position + ": links at the end were removed or the head was rewritten");
            }
        }

        void unlinked(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            events++;
            find(Kind.INSERTED, id, null, "event " + id
                    + " is not in the chain: it was inserted past the application (triggers disabled)");
        }

        void checkpointsBeyondEnd() {
            checkpoints.values().stream().filter(c -> c.position() > position)
                    .sorted((a, b) -> Integer.compare(a.number(), b.number()))
                    .forEach(c -> find(Kind.CHECKPOINT, c.eventId(), c.position(), "checkpoint " + c.number() + " of "
                            + c.at() + " names chain position " + c.position() + " (event " + c.eventId()
                            + ") but the chain ends at position " + position + ": events were removed"));
        }

        private void compare(Checkpoint checkpoint, long eventId, byte[] stored) {
            if (checkpoint.eventId() != null && checkpoint.eventId() == eventId
                    && checkpoint.hash().equals(AuditChain.hex(stored))) {
                lastGood = checkpoint;
                return;
            }
            String since = lastGood == null ? "the start of the log"
                    : "checkpoint " + lastGood.number() + " (position " + lastGood.position() + ", event "
                    + lastGood.eventId() + ", which still matches)";
            find(Kind.CHECKPOINT, eventId, checkpoint.position(), "checkpoint " + checkpoint.number() + " of "
                    + checkpoint.at() + " no longer matches the chain at position " + checkpoint.position()
                    + " (event " + eventId + "): history between " + since + " and it was rewritten");
        }

        /** An edited event, unless it and an earlier edited one hold each other's content: then a swap. */
        private void edited(Edited current) {
            for (Iterator<Edited> it = edited.iterator(); it.hasNext(); ) {
                Edited earlier = it.next();
                if (earlier.fits(current) && current.fits(earlier) && earlier.findingIndex < findings.size()) {
                    it.remove();
                    findings.set(earlier.findingIndex, new AuditFinding(Kind.REORDERED, earlier.content.id(),
                            earlier.seq, "events " + earlier.content.id() + " and " + current.content.id()
                            + " (chain positions " + earlier.seq + " and " + current.seq
                            + ") were reordered: each holds the other's content"));
                    return;
                }
            }
            long id = current.content.id();
            find(Kind.EDITED, id, current.seq, "event " + id + " (chain position " + current.seq
                    + ") was edited: its content no longer matches its link");
            if (edited.size() == SWAP_WINDOW) {
                edited.removeFirst();
            }
            edited.add(current);
        }

        private void find(Kind kind, Long eventId, Long seq, String message) {
            total++;
            if (findings.size() < MAX_FINDINGS) {
                findings.add(new AuditFinding(kind, eventId, seq, message));
            }
        }
    }

    /** The columns an event's canonical form is made of. */
    private record Content(long id, OffsetDateTime at, String actor, String action, UUID nodeId, String details) {
        String canonical(long asId) {
            return AuditChain.canonical(asId, at, actor, action, nodeId, details);
        }
    }

    /** An event whose content does not match its link. */
    private record Edited(long seq, byte[] previous, byte[] stored, Content content, int findingIndex) {
        /** Whether {@code other}'s content, under this event's id, is what this link was made from. */
        boolean fits(Edited other) {
            return Arrays.equals(AuditChain.link(previous, other.content.canonical(content.id())), stored);
        }
    }
}
