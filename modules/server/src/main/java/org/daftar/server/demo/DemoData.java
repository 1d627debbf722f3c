package org.daftar.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeStore;
import org.daftar.server.config.DaftarProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads a small demo office when {@code daftar.demo-data} is on: Collectorate Sehore with a Revenue Section
 * e-file holding a Hindi receipt and a note, and a Record Room physical file from 1987. Loads once; a restart
 * finds the office and leaves it alone.
 */
@Component
@Order(10)
public class DemoData implements ApplicationRunner {

    static final String OFFICE_FOLDER = "Collectorate Sehore";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ACTOR = "admin";

    private final NodeStore nodes;
    private final DaftarProperties properties;

    public DemoData(NodeStore nodes, DaftarProperties properties) {
        this.nodes = nodes;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        boolean present = nodes.children(NodeStore.ROOT_ID, 0, 1000).items().stream()
                .anyMatch(n -> n.name().equals(OFFICE_FOLDER));
        if (present) {
            log.info("Demo data already present");
            return;
        }
        Node office = folder(NodeStore.ROOT_ID, OFFICE_FOLDER, Map.of("cm:title", "कलेक्टर कार्यालय सीहोर"));
        Node revenue = folder(office.id(), "Revenue Section", Map.of("cm:title", "राजस्व शाखा"));
        Node recordRoom = folder(office.id(), "Record Room", Map.of("cm:title", "अभिलेखागार"));

        Node mutationFile = nodes.createFolder(new NewNode(revenue.id(), "A-12011-3-2020-Rev", "eo:file", Set.of(), Map.of(
                "eo:fileNumber", "A-12011/3/2020-Rev",
                "eo:computerNumber", 2938,
                "eo:subject", "ग्राम बिलकिसगंज की भूमि खसरा क्रमांक 118/2 का नामांतरण",
                "eo:category", "Land Records",
                "eo:officeCode", "COLL-SEH",
                "eo:sectionCode", "REV",
                "eo:retentionCategory", "B",
                "eo:createdByDesk", "Assistant Grade-2, Revenue Section",
                "eo:openedOn", "2020-06-11")), ACTOR);
        document(mutationFile.id(), "receipt-412-2023.txt", "eo:receipt", Map.of(
                "eo:diaryNumber", "1187/2023/COLL-SEH",
                "eo:senderName", "तहसीलदार आष्टा",
                "eo:senderDesignation", "Tehsildar",
                "eo:senderOrganisation", "Tehsil Ashta, District Sehore",
                "eo:subject", "ग्राम बिलकिसगंज की भूमि खसरा क्रमांक 118/2 के नामांतरण प्रकरण के संबंध में",
                "eo:letterNumber", "412/Reader/2023",
                "eo:letterDate", "2023-04-03",
                "eo:receivedDate", "2023-04-05",
                "eo:deliveryMode", "Hand",
                "eo:officeCode", "COLL-SEH"), "receipt-tehsildar-ashta.txt");
        document(mutationFile.id(), "note-1.txt", "eo:note", Map.of(
                "eo:paragraphNumber", 1,
                "eo:authorDesk", "Assistant Grade-2, Revenue Section",
                "eo:correspondenceRefs", java.util.List.of("4/c")), "note-revenue-section.txt");

        Node oldFile = nodes.createFolder(new NewNode(recordRoom.id(), "RR-1987-LR-112", "eo:file", Set.of("eo:recordRoom"),
                Map.ofEntries(
                        Map.entry("eo:fileNumber", "LR/112/1987"),
                        Map.entry("eo:subject", "भू-अर्जन : सीहोर-आष्टा मार्ग चौड़ीकरण"),
                        Map.entry("eo:fileForm", "Physical"),
                        Map.entry("eo:fileStatus", "Closed"),
                        Map.entry("eo:retentionCategory", "A"),
                        Map.entry("eo:officeCode", "COLL-SEH"),
                        Map.entry("eo:sectionCode", "REV"),
                        Map.entry("eo:legacyFileNumber", "LR/112/1987"),
                        Map.entry("eo:recordYear", 1987),
                        Map.entry("eo:room", "R-2"),
                        Map.entry("eo:rack", "14"),
                        Map.entry("eo:shelf", "3"),
                        Map.entry("eo:box", "B-0412"),
                        Map.entry("eo:reviewDue", "2012-01-01"))), ACTOR);
        document(recordRoom.id(), "circular-118-RR-2024.txt", "cm:content", Map.of(), "circular-record-room.txt");
        log.info("Loaded demo data under '{}' ({} and {})", OFFICE_FOLDER, mutationFile.name(), oldFile.name());
    }

    private Node folder(UUID parent, String name, Map<String, Object> properties) {
        return nodes.createFolder(new NewNode(parent, name, "cm:folder", Set.of("cm:titled"), properties), ACTOR);
    }

    private void document(UUID parent, String name, String type, Map<String, Object> properties, String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo resource " + resource + " is missing from the build");
            }
            nodes.createDocument(new NewNode(parent, name, type, Set.of(), properties),
                    new NewContent(in, "text/plain;charset=UTF-8"), ACTOR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
