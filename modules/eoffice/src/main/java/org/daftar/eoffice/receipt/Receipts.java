package org.daftar.eoffice.receipt;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.RuleViolationException;
import org.daftar.eoffice.access.EofficeReadAccess;
import org.daftar.eoffice.item.Grading;
import org.daftar.eoffice.item.Item;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.item.ItemStatus;
import org.daftar.eoffice.item.Items;
import org.daftar.eoffice.movement.MovementAction;
import org.daftar.eoffice.movement.MovementLog;
import org.daftar.eoffice.numbering.Counters;
import org.daftar.eoffice.numbering.DiaryNumber;
import org.daftar.eoffice.organisation.Office;
import org.daftar.eoffice.organisation.Organisation;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeChange;
import org.daftar.repository.node.NodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dak: diarises receipts with a diary number unique per office and year, edits them (received date, letter date and
 * delivery mode are frozen after the first movement), puts them into files as correspondence with a page range.
 */
public final class Receipts {

    /** Receipt fields a desk may change, by request name, with their model property. */
    private static final Map<String, String> EDITABLE = Map.ofEntries(
            Map.entry("subject", "eo:subject"), Map.entry("category", "eo:category"),
            Map.entry("subCategory", "eo:subCategory"), Map.entry("senderName", "eo:senderName"),
            Map.entry("senderDesignation", "eo:senderDesignation"), Map.entry("senderOrganisation", "eo:senderOrganisation"),
            Map.entry("senderAddress", "eo:senderAddress"), Map.entry("senderState", "eo:senderState"),
            Map.entry("senderCity", "eo:senderCity"), Map.entry("senderPin", "eo:senderPin"),
            Map.entry("senderEmail", "eo:senderEmail"), Map.entry("senderMobile", "eo:senderMobile"),
            Map.entry("letterNumber", "eo:letterNumber"), Map.entry("letterDate", "eo:letterDate"),
            Map.entry("receivedDate", "eo:receivedDate"), Map.entry("deliveryMode", "eo:deliveryMode"),
            Map.entry("vip", "eo:vip"), Map.entry("enclosures", "eo:enclosures"), Map.entry("remarks", "eo:remarks"));
    private static final Set<String> FROZEN = Set.of("receivedDate", "letterDate", "deliveryMode");

    private final JdbcClient jdbc;
    private final NodeStore nodes;
    private final Organisation organisation;
    private final Items items;
    private final Counters counters;
    private final MovementLog log;
    private final EofficeReadAccess access;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Receipts(JdbcClient jdbc, NodeStore nodes, Organisation organisation, Items items, Counters counters,
                    EofficeReadAccess access, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.organisation = organisation;
        this.items = items;
        this.counters = counters;
        this.log = new MovementLog(jdbc);
        this.access = access;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Diarises a receipt at the desk, which holds it. {@code scan} is the letter for an electronic receipt (required
     * then) and must be {@code null} for a physical one.
     */
    public Receipt diarise(ActingDesk desk, NewReceipt r, InputStream scan, String mimeType) {
        require(r.subject(), "subject");
        require(r.senderName(), "senderName");
        if (r.receivedDate() == null) {
            throw new InvalidRequestException("receivedDate is required");
        }
        if (r.electronic() && scan == null) {
            throw new InvalidRequestException("Electronic diarisation needs the scanned letter attached; "
                    + "diarise it as physical (electronic=false) to record metadata only");
        }
        Grading grading = Grading.parse(r.grading());
        String mode = r.deliveryMode() == null ? (r.electronic() ? "Electronic" : "Post") : r.deliveryMode();
        Office office = organisation.office(desk.officeId());
        return transaction.execute(status -> {
            Instant now = clock.instant();
            int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
            long serial = counters.next(office.id(), Counters.Kind.diary, "", year);
            DiaryNumber number = new DiaryNumber(serial, year, office.code(), r.hindi());
            Map<String, Object> p = new HashMap<>();
            p.put("eo:diaryNumber", number.text());
            p.put("eo:receivedDate", r.receivedDate().toString());
            p.put("eo:diarisedAt", now.toString());
            p.put("eo:deliveryMode", mode);
            p.put("eo:vip", r.vip());
            p.put("eo:receiptForm", r.electronic() ? "Electronic" : "Physical");
            p.put("eo:grading", grading.name());
            p.put("eo:officeCode", office.code());
            p.put("eo:sectionCode", organisation.section(desk.sectionId()).code());
            put(p, "eo:subject", r.subject());
            put(p, "eo:category", r.category());
            put(p, "eo:subCategory", r.subCategory());
            put(p, "eo:senderName", r.senderName());
            put(p, "eo:senderDesignation", r.senderDesignation());
            put(p, "eo:senderOrganisation", r.senderOrganisation());
            put(p, "eo:senderAddress", r.senderAddress());
            put(p, "eo:senderState", r.senderState());
            put(p, "eo:senderCity", r.senderCity());
            put(p, "eo:senderPin", r.senderPin());
            put(p, "eo:senderEmail", r.senderEmail());
            put(p, "eo:senderMobile", r.senderMobile());
            put(p, "eo:letterNumber", r.letterNumber());
            put(p, "eo:letterDate", r.letterDate() == null ? null : r.letterDate().toString());
            put(p, "eo:enclosures", r.enclosures());
            put(p, "eo:remarks", r.remarks());
            Node node = nodes.createDocument(new NewNode(office.receiptsFolder(), "R-" + year + "-" + serial, "eo:receipt",
                    Set.of(), p), new NewContent(scan == null ? InputStream.nullInputStream() : scan, mimeType),
                    desk.username());
            if (r.electronic() && node.content().size() == 0) {
                throw new InvalidRequestException("The attached scan is empty; attach the scanned letter");
            }
            Item item = new Item(node.id(), ItemKind.receipt, office.id(), desk.sectionId(), number.text(), null,
                    r.subject(), grading, r.vip(), desk.postId(), now, desk.postId(), now, null, ItemStatus.ACTIVE,
                    null, null, null);
            items.insert(item);
            jdbc.sql("""
                            INSERT INTO eo_receipt (node_id, diary_serial, diary_year, received_date, letter_date,
                                delivery_mode, electronic) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(node.id(), serial, year, r.receivedDate(), r.letterDate(), mode, r.electronic()).update();
            log.append(node.id(), new MovementAction.Created(), desk, null, now);
            return new Receipt(item, node, false, null);
        });
    }

    /**
     * Changes a receipt's fields (request names as in {@link NewReceipt}; {@code null} removes an optional one). Only
     * the holding desk; received date, letter date and delivery mode are refused once it has moved.
     */
    public Receipt update(ActingDesk desk, UUID receiptId, Map<String, Object> changes) {
        for (String name : changes.keySet()) {
            if (!EDITABLE.containsKey(name)) {
                throw new InvalidRequestException("'" + name + "' cannot be changed; changeable fields: "
                        + EDITABLE.keySet().stream().sorted().toList());
            }
        }
        return transaction.execute(status -> {
            Item item = items.lock(receiptId, ItemKind.receipt, desk.username());
            Items.requireHolder(item, desk, "change it");
            Node node = nodes.get(receiptId);
            boolean frozen = frozen(receiptId);
            Map<String, Object> properties = new HashMap<>();
            for (Map.Entry<String, Object> change : changes.entrySet()) {
                String property = EDITABLE.get(change.getKey());
                Object value = change.getValue() == null ? null : change.getValue().toString();
                if (change.getValue() instanceof Boolean b) {
                    value = b;
                }
                Object current = node.properties().get(property);
                if (frozen && FROZEN.contains(change.getKey()) && !Objects.equals(String.valueOf(current), String.valueOf(value))) {
                    throw new RuleViolationException(item.label() + " has moved; its " + change.getKey()
                            + " is frozen at '" + current + "'",
                            current == null ? Map.of("field", change.getKey())
                                    : Map.of("field", change.getKey(), "frozenValue", String.valueOf(current)));
                }
                properties.put(property, value);
            }
            Node updated = nodes.update(receiptId, NodeChange.properties(properties), desk.username());
            Map<String, Object> p = updated.properties();
            jdbc.sql("""
                            UPDATE eo_receipt SET received_date = ?::date, letter_date = ?::date, delivery_mode = ?
                            WHERE node_id = ?""")
                    .params(p.get("eo:receivedDate"), p.get("eo:letterDate"), p.get("eo:deliveryMode"), receiptId).update();
            jdbc.sql("UPDATE eo_item SET subject = ?, vip = ? WHERE node_id = ?")
                    .params(p.get("eo:subject"), Boolean.TRUE.equals(p.get("eo:vip")), receiptId).update();
            return new Receipt(items.require(receiptId, ItemKind.receipt), updated, frozen, null);
        });
    }

    /**
     * Puts a receipt into a file as correspondence: its pages follow the file's last page. The desk must hold both;
     * from then on the receipt moves with the file.
     */
    public Receipt putInFile(ActingDesk desk, UUID receiptId, UUID fileId, int pageCount) {
        if (pageCount < 1 || pageCount > 10_000) {
            throw new InvalidRequestException("pages must be between 1 and 10000, not " + pageCount);
        }
        return transaction.execute(status -> {
            Item file = items.lock(fileId, ItemKind.file, desk.username());
            Item receipt = items.lock(receiptId, ItemKind.receipt, desk.username());
            Items.requireHolder(file, desk, "put papers in it");
            Items.requireHolder(receipt, desk, "put it in a file");
            file.status().requireActive(file.label());
            receipt.status().requireActive(receipt.label());
            if (receipt.inFile() != null) {
                throw new RuleViolationException(receipt.label() + " is already in file " + receipt.inFile());
            }
            int first = jdbc.sql("SELECT coalesce(max(last_page), 0) + 1 FROM eo_correspondence WHERE file_id = ?")
                    .param(fileId).query(Integer.class).single();
            jdbc.sql("""
                            INSERT INTO eo_correspondence (receipt_id, file_id, first_page, last_page, added_at, added_by_post)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(receiptId, fileId, first, first + pageCount - 1, Timestamp.from(clock.instant()), desk.postId())
                    .update();
            jdbc.sql("UPDATE eo_item SET in_file = ? WHERE node_id = ?").params(fileId, receiptId).update();
            items.touch(receipt, ItemStatus.ACTIVE, desk.username());
            return get(desk.username(), receiptId);
        });
    }

    /** A receipt, for a user allowed to read it. */
    public Receipt get(String username, UUID receiptId) {
        Item item = items.require(receiptId, ItemKind.receipt);
        access.requireReadable(username, receiptId, "Receipt");
        String pages = jdbc.sql("SELECT first_page || '-' || last_page FROM eo_correspondence WHERE receipt_id = ?")
                .param(receiptId).query(String.class).optional().orElse(null);
        return new Receipt(item, nodes.get(receiptId), frozen(receiptId), pages);
    }

    /** The correspondence of a file: its receipts in page order. */
    public List<Receipt> correspondence(String username, UUID fileId) {
        items.require(fileId, ItemKind.file);
        access.requireReadable(username, fileId, "File");
        return jdbc.sql("SELECT receipt_id FROM eo_correspondence WHERE file_id = ? ORDER BY first_page")
                .param(fileId).query(UUID.class).list().stream().map(id -> get(username, id)).toList();
    }

    private boolean frozen(UUID receiptId) {
        return jdbc.sql("SELECT frozen FROM eo_receipt WHERE node_id = ?").param(receiptId).query(Boolean.class).single();
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(name + " is required");
        }
    }

    private static void put(Map<String, Object> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(name, value);
        }
    }
}
