package org.daftar.eoffice.efile;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.DatabaseRefusals;
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
import org.daftar.eoffice.numbering.FileNumber;
import org.daftar.eoffice.numbering.FileNumberScheme;
import org.daftar.eoffice.organisation.Office;
import org.daftar.eoffice.organisation.Organisation;
import org.daftar.eoffice.organisation.Section;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens files (numbered by the office's scheme, serial per head per year), new volumes and part files, and reads them
 * back for users allowed to. A file is an {@code eo:file} folder holding its {@code eo:notesheet}, notes and drafts.
 */
public final class EFiles {

    private final JdbcClient jdbc;
    private final NodeStore nodes;
    private final Organisation organisation;
    private final Items items;
    private final Counters counters;
    private final MovementLog log;
    private final EofficeReadAccess access;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public EFiles(JdbcClient jdbc, NodeStore nodes, Organisation organisation, Items items, Counters counters,
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

    /** Opens a new file at the desk, which creates and holds it. */
    public EFile create(ActingDesk desk, NewFile request) {
        if (request.subject() == null || request.subject().isBlank()) {
            throw new InvalidRequestException("subject is required");
        }
        Grading grading = Grading.parse(request.grading());
        Office office = organisation.office(desk.officeId());
        Section section = organisation.section(desk.sectionId());
        FileNumberScheme scheme = FileNumberScheme.of(office.fileScheme());
        return transaction.execute(status -> {
            Instant now = clock.instant();
            String number;
            if (request.number() != null && !request.number().isBlank()) {
                if (!office.freeNumbers()) {
                    throw new RuleViolationException("Office " + office.code()
                            + " does not allow free-form file numbers; give a head and let the scheme number it");
                }
                number = request.number().strip();
            } else {
                List<String> heads = organisation.fileHeads(office.id());
                if (request.head() != null && !heads.isEmpty() && !heads.contains(request.head())) {
                    throw new InvalidRequestException("Head '" + request.head() + "' is not allowed in office "
                            + office.code() + "; allowed: " + heads);
                }
                int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
                String head = request.head() == null ? "" : request.head();
                scheme.format(head, 1, year, section.code());
                long serial = counters.next(office.id(), Counters.Kind.file, head, year);
                number = new FileNumber(scheme, head, serial, year, section.code(), 1, 0).text();
            }
            return open(desk, office, section, number, grading, request, null, 1, now);
        });
    }

    /**
     * Opens the next volume of a file (the number gains the suffix {@code (Vol.n)}); by the holding desk. A part file
     * has no volumes of its own: its next volume would take the main file's number.
     */
    public EFile newVolume(ActingDesk desk, UUID fileId) {
        return transaction.execute(status -> {
            Item main = items.lock(fileId, ItemKind.file, desk.username());
            Items.requireHolder(main, desk, "open a new volume");
            Node node = nodes.get(fileId);
            requireNotPart(main, node, "volumes");
            int volume = FileNumber.volumeOf(main.number()) + 1;
            String number = FileNumber.withSuffix(main.number(), volume, 0);
            return open(desk, organisation.office(main.officeId()), organisation.section(main.sectionId()), number,
                    main.grading(), requestLike(node), null, volume, clock.instant());
        });
    }

    /**
     * Opens a part file of a file so another desk can work on the subject at the same time (any desk that may read the
     * file). Parts are opened from the main file, never from a part, whose suffix would repeat.
     */
    public EFile newPart(ActingDesk desk, UUID fileId) {
        access.requireReadable(desk.username(), fileId, "File");
        return transaction.execute(status -> {
            Item main = items.lock(fileId, ItemKind.file, desk.username());
            requireNotPart(main, nodes.get(fileId), "part files");
            long parts = nodes.count("n.type = 'eo:file' AND n.properties->>'eo:partOfFileNumber' = ?",
                    List.of(main.number()));
            String number = FileNumber.withSuffix(main.number(), FileNumber.volumeOf(main.number()), (int) parts + 1);
            return open(desk, organisation.office(main.officeId()), organisation.section(desk.sectionId()), number,
                    main.grading(), requestLike(nodes.get(fileId)), main.number(), FileNumber.volumeOf(main.number()),
                    clock.instant());
        });
    }

    /**
     * The file's other volumes and part files — the files of its office whose number is the same up to the
     * {@code (Vol.n)}/{@code (Part-n)} suffix — in the order they were opened, only those {@code username} may read.
     */
    public List<Item> volumesAndParts(String username, UUID fileId) {
        Item file = items.require(fileId, ItemKind.file);
        access.requireReadable(username, fileId, "File");
        String base = FileNumber.withSuffix(file.number(), 1, 0);
        Set<String> principals = access.principals(username);
        // Byte-order range of "<base> (…": text_pattern_ops operators, so the prefix index serves it.
        return jdbc.sql("""
                        SELECT node_id FROM eo_item
                        WHERE kind = 'file' AND office_id = ? AND node_id <> ?
                          AND (number = ? OR (number ~>=~ ? AND number ~<~ ?))
                        ORDER BY computer_number""")
                .params(file.officeId(), fileId, base, base + " (", base + " )")
                .query(UUID.class).list().stream()
                .map(id -> items.require(id, ItemKind.file))
                .filter(other -> FileNumber.withSuffix(other.number(), 1, 0).equals(base))
                .filter(other -> !java.util.Collections.disjoint(access.readers(other.nodeId()), principals))
                .toList();
    }

    /** A file, for a user allowed to read it. */
    public EFile get(String username, UUID fileId) {
        Item item = items.require(fileId, ItemKind.file);
        access.requireReadable(username, fileId, "File");
        return new EFile(item, nodes.get(fileId), notesheetId(fileId));
    }

    /** The file's {@code eo:notesheet} document. */
    public UUID notesheetId(UUID fileId) {
        return nodes.childIds(fileId, "eo:notesheet").stream().findFirst().orElse(null);
    }

    private EFile open(ActingDesk desk, Office office, Section section, String number, Grading grading, NewFile request,
                       String partOf, int volume, Instant now) {
        long computerNumber = counters.nextComputerNumber();
        Map<String, Object> properties = new HashMap<>();
        properties.put("eo:fileNumber", number);
        properties.put("eo:computerNumber", computerNumber);
        properties.put("eo:fileForm", request.form() == null ? "Electronic" : request.form());
        properties.put("eo:volume", volume);
        properties.put("eo:subject", request.subject());
        properties.put("eo:grading", grading.name());
        properties.put("eo:officeCode", office.code());
        properties.put("eo:sectionCode", section.code());
        properties.put("eo:createdByDesk", organisation.post(desk.postId()).titleEn());
        properties.put("eo:openedOn", LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
        putIfPresent(properties, "eo:category", request.category());
        putIfPresent(properties, "eo:subCategory", request.subCategory());
        putIfPresent(properties, "eo:retentionCategory", request.retentionCategory());
        putIfPresent(properties, "eo:partOfFileNumber", partOf);
        if (jdbc.sql("SELECT count(*) FROM eo_item WHERE kind = 'file' AND office_id = ? AND number = ?")
                .params(office.id(), number).query(Long.class).single() > 0) {
            throw new RuleViolationException("File number '" + number + "' already exists in office " + office.code());
        }
        Node node = nodes.createFolder(new NewNode(office.filesFolder(), "F-" + computerNumber, "eo:file", Set.of(),
                properties), desk.username());
        Node notesheet = nodes.createDocument(new NewNode(node.id(), "notesheet", "eo:notesheet", Set.of(),
                Map.of("eo:lastParagraphNumber", 0)), new NewContent(InputStream.nullInputStream(), "text/plain"),
                desk.username());
        Item item = new Item(node.id(), ItemKind.file, office.id(), section.id(), number, computerNumber,
                request.subject(), grading, false, desk.postId(), now, desk.postId(), now, null, ItemStatus.ACTIVE,
                null, null, null);
        DatabaseRefusals.guard("File number '" + number + "' already exists in office " + office.code(), () -> {
            items.insert(item);
            return null;
        });
        log.append(node.id(), new MovementAction.Created(), desk, null, now);
        return new EFile(item, node, notesheet.id());
    }

    private static void requireNotPart(Item file, Node node, String what) {
        Object partOf = node.properties().get("eo:partOfFileNumber");
        if (partOf != null) {
            throw new RuleViolationException(file.label() + " is a part file of " + partOf + "; " + what
                    + " are opened from the main file", Map.of("mainFileNumber", partOf));
        }
    }

    private static NewFile requestLike(Node node) {
        Map<String, Object> p = node.properties();
        return new NewFile(null, null, (String) p.get("eo:subject"), (String) p.get("eo:category"),
                (String) p.get("eo:subCategory"), (String) p.get("eo:fileForm"), (String) p.get("eo:retentionCategory"),
                (String) p.get("eo:grading"));
    }

    private static void putIfPresent(Map<String, Object> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(name, value);
        }
    }
}
