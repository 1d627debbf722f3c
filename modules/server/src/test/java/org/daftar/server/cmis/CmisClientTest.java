package org.daftar.server.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUnauthorizedException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.daftar.repository.user.UserAccount;
import org.daftar.repository.user.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A departmental system's view: the OpenCMIS client against the live Browser binding. */
class CmisClientTest extends CmisTestBase {

    private static final String OUTSIDER_PASSWORD = "outsider-password";

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private Session admin;
    private Folder folder;

    @BeforeEach
    void setUp() {
        accounts.create(new UserAccount("outsider", "Outsider", encoder.encode(OUTSIDER_PASSWORD), false, true));
        admin = admin();
        folder = admin.getRootFolder().createFolder(Map.of(PropertyIds.NAME, "dak-" + UUID.randomUUID(),
                PropertyIds.OBJECT_TYPE_ID, "cmis:folder"));
    }

    private Map<String, Object> receipt(String name, String grading) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PropertyIds.NAME, name);
        properties.put(PropertyIds.OBJECT_TYPE_ID, "D:eo:receipt");
        properties.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of("P:eo:ocr"));
        properties.put("eo:ocrLanguages", "eng+hin");
        properties.put("eo:diaryNumber", (1 + new java.util.Random().nextInt(999_999)) + "/2024/COLL");
        properties.put("eo:senderName", "तहसीलदार आष्टा");
        properties.put("eo:senderDesignation", "Tehsildar");
        properties.put("eo:receiptForm", "Electronic");
        properties.put("eo:subject", "भूमि अभिलेख सुधार");
        properties.put("eo:grading", grading);
        properties.put("eo:receivedDate", new java.util.GregorianCalendar(2024, java.util.Calendar.MARCH, 4));
        return properties;
    }

    private static ContentStream scan(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ContentStreamImpl("scan.txt", BigInteger.valueOf(bytes.length), "text/plain",
                new ByteArrayInputStream(bytes));
    }

    @Test
    void aReceiptCreatedWithContentAndAnAspectIsFoundAgainByAPropertyQuery() throws Exception {
        Map<String, Object> properties = receipt("receipt-1.txt", "Normal");
        Document created = folder.createDocument(properties, scan("scan of the letter"), VersioningState.MAJOR);

        Document read = (Document) admin.getObject(created.getId());
        assertThat(read.getType().getId()).isEqualTo("D:eo:receipt");
        assertThat(read.getSecondaryTypes()).extracting(t -> t.getId()).contains("P:eo:ocr");
        assertThat((String) read.getPropertyValue("eo:senderName")).isEqualTo("तहसीलदार आष्टा");
        try (InputStream content = read.getContentStream().getStream()) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("scan of the letter");
        }

        String diaryNumber = (String) properties.get("eo:diaryNumber");
        List<QueryResult> hits = toList(admin.query("SELECT cmis:objectId, eo:diaryNumber FROM eo:receipt"
                + " WHERE eo:diaryNumber = '" + diaryNumber + "' AND IN_FOLDER('" + folder.getId() + "')"
                + " ORDER BY cmis:name", false));
        assertThat(hits).hasSize(1);
        assertThat((String) hits.getFirst().getPropertyValueById(PropertyIds.OBJECT_ID)).isEqualTo(created.getId());
        assertThat(toList(admin.query("SELECT * FROM eo:ocr WHERE IN_TREE('" + folder.getId() + "')", false)))
                .hasSize(1);
    }

    @Test
    void anOutsiderCannotSeeAConfidentialReceiptByIdListingOrQuery() {
        Document secret = folder.createDocument(receipt("confidential.txt", "Confidential"), scan("secret"),
                VersioningState.MAJOR);
        Session outsider = session("outsider", OUTSIDER_PASSWORD);

        assertThatThrownBy(() -> outsider.getObject(secret.getId())).isInstanceOf(CmisObjectNotFoundException.class);
        Folder seen = (Folder) outsider.getObject(folder.getId());
        assertThat(seen.getChildren()).extracting(c -> c.getId()).doesNotContain(secret.getId());
        assertThat(toList(outsider.query("SELECT * FROM eo:receipt WHERE cmis:name = 'confidential.txt'", false)))
                .isEmpty();
        assertThat(admin.getObject(secret.getId()).getName()).isEqualTo("confidential.txt");
    }

    @Test
    void aReceiptIsFoundByTheWordsOfItsContentInHindiAndEnglishAlongsidePropertyAndFolderConditions() {
        Map<String, Object> properties = receipt("khasra.txt", "Normal");
        Document mutation = folder.createDocument(properties, scan("खसरा क्रमांक 112 का नामांतरण\n"
                + "mutation of khasra number 112 in village Ashta"), VersioningState.MAJOR);
        Document electricity = folder.createDocument(receipt("bijli.txt", "Normal"),
                scan("बिजली बिल का भुगतान\nelectricity bill payment for the collectorate"), VersioningState.MAJOR);
        String here = " AND IN_FOLDER('" + folder.getId() + "')";
        // Search sees new content within seconds (the outbox indexer), so wait until both are found.
        awaitIds(admin, "SELECT cmis:objectId FROM eo:receipt WHERE CONTAINS('नामांतरण OR बिजली')" + here, 2);

        assertThat(ids(admin, "SELECT * FROM eo:receipt WHERE CONTAINS('नामांतरण')" + here))
                .as("Hindi").containsExactly(mutation.getId());
        assertThat(ids(admin, "SELECT * FROM eo:receipt WHERE CONTAINS('village mutation')" + here))
                .as("English, words in any order").containsExactly(mutation.getId());
        assertThat(ids(admin, "SELECT * FROM eo:receipt WHERE CONTAINS('\"bill payment\" भुगतान')" + here))
                .as("a phrase and a Hindi word").containsExactly(electricity.getId());
        assertThat(ids(admin, "SELECT * FROM eo:receipt WHERE CONTAINS('\"payment bill\"')" + here))
                .as("a phrase keeps its order").isEmpty();
        assertThat(ids(admin, "SELECT * FROM eo:receipt WHERE CONTAINS('collectorate OR khasra -electricity')" + here))
                .as("OR and negation").containsExactlyInAnyOrder(mutation.getId(), electricity.getId());
        assertThat(ids(admin, "SELECT * FROM eo:receipt WHERE CONTAINS('खसरा -electricity')" + here))
                .containsExactly(mutation.getId());

        String diaryNumber = (String) properties.get("eo:diaryNumber");
        assertThat(ids(admin, "SELECT cmis:objectId, eo:subject FROM eo:receipt WHERE CONTAINS('112 OR बिजली')"
                + " AND eo:diaryNumber = '" + diaryNumber + "'" + here + " ORDER BY cmis:name"))
                .as("with a property predicate").containsExactly(mutation.getId());
        Folder elsewhere = admin.getRootFolder().createFolder(Map.of(PropertyIds.NAME, "elsewhere-" + UUID.randomUUID(),
                PropertyIds.OBJECT_TYPE_ID, "cmis:folder"));
        assertThat(ids(admin, "SELECT * FROM eo:receipt WHERE CONTAINS('नामांतरण') AND IN_FOLDER('"
                + elsewhere.getId() + "')")).as("in another folder").isEmpty();
        assertThat(admin.getRepositoryInfo().getCapabilities().getQueryCapability().value()).isEqualTo("bothcombined");
    }

    @Test
    void anOutsiderFindsNothingInAConfidentialReceiptThroughContains() {
        Document secret = folder.createDocument(receipt("inquiry.txt", "Confidential"),
                scan("गोपनीय जाँच प्रतिवेदन: vigilance inquiry into the tender"), VersioningState.MAJOR);
        Document open = folder.createDocument(receipt("notice.txt", "Normal"),
                scan("सार्वजनिक सूचना: public notice of the tender"), VersioningState.MAJOR);
        String query = "SELECT * FROM eo:receipt WHERE CONTAINS('tender') AND IN_FOLDER('" + folder.getId() + "')";
        awaitIds(admin, query, 2);
        Session outsider = session("outsider", OUTSIDER_PASSWORD);

        assertThat(ids(outsider, query)).containsExactly(open.getId());
        assertThat(ids(outsider, "SELECT * FROM eo:receipt WHERE CONTAINS('गोपनीय OR vigilance')")).isEmpty();
        assertThat(ids(admin, "SELECT * FROM eo:receipt WHERE CONTAINS('गोपनीय vigilance')"))
                .containsExactly(secret.getId());
    }

    @Test
    void pagesOfChildrenHoldOnlyWhatTheReaderMaySeeWithoutGapsAndCountIt() {
        for (int i = 0; i < 8; i++) {
            folder.createDocument(receipt("r" + i + ".txt", i % 3 == 1 ? "Confidential" : "Normal"), scan("r" + i),
                    VersioningState.MAJOR);
        }
        Session outsider = session("outsider", OUTSIDER_PASSWORD);
        var op = outsider.createOperationContext();
        op.setMaxItemsPerPage(2);
        Folder seen = (Folder) outsider.getObject(folder.getId());
        var page = seen.getChildren(op).skipTo(2).getPage();
        assertThat(page.getTotalNumItems()).as("r1, r4, r7 are Confidential").isEqualTo(5);
        assertThat(page).extracting(c -> c.getName()).containsExactly("r3.txt", "r5.txt");
        assertThat(page.getHasMoreItems()).isTrue();
        assertThat(seen.getChildren(op).skipTo(4).getPage()).extracting(c -> c.getName()).containsExactly("r6.txt");
        assertThat(((Folder) admin.getObject(folder.getId())).getChildren(op).getPage().getTotalNumItems()).isEqualTo(8);
    }

    @Test
    void badInputGetsReadableCmisErrors() {
        assertThatThrownBy(() -> toList(admin.query("SELEKT * FROM cmis:document", false)))
                .isInstanceOf(CmisInvalidArgumentException.class);
        assertThatThrownBy(() -> admin.getTypeDefinition("D:eo:nothing"))
                .isInstanceOf(CmisObjectNotFoundException.class).hasMessageContaining("D:eo:nothing");
        assertThatThrownBy(() -> toList(admin.query("SELECT * FROM cmis:document WHERE CONTAINS('\"भूमि')", false)))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("is not closed");
        assertThatThrownBy(() -> toList(admin.query("SELECT * FROM cmis:document WHERE CONTAINS('-भूमि')", false)))
                .isInstanceOf(CmisInvalidArgumentException.class).hasMessageContaining("without '-'");
        assertThatThrownBy(() -> toList(admin.query("SELECT * FROM cmis:document WHERE CONTAINS('\\\"x')", false)))
                .as("an escape CMIS-QL does not have").isInstanceOf(CmisInvalidArgumentException.class)
                .hasMessageContaining("may only escape");

        Map<String, Object> wrongType = receipt("wrong.txt", "Normal");
        wrongType.put("eo:grading", "Very Secret");
        assertThatThrownBy(() -> folder.createDocument(wrongType, scan("x"), VersioningState.MAJOR))
                .isInstanceOf(CmisConstraintException.class).hasMessageContaining("eo:grading");
        assertThat(folder.getChildren()).isEmpty();
    }

    @Test
    void aPropertyOfTheWrongTypeIsRefusedOverTheWireWithoutAStackTrace() throws Exception {
        Document receipt = folder.createDocument(receipt("typed.txt", "Normal"), scan("x"), VersioningState.MAJOR);
        String body = "cmisaction=update&objectId=" + receipt.getId()
                + "&propertyId[0]=eo:ocrConfidence&propertyValue[0]=ninety";
        HttpResponse<String> response = post("/cmis/browser/daftar/root", body);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).contains("eo:ocrConfidence").doesNotContain("\tat org.").doesNotContain("stacktrace");
        assertThat((Boolean) admin.getObject(receipt.getId()).getPropertyValue("eo:vip")).isFalse();
    }

    @Test
    void oversizedContentIsRefusedAndLeavesNothingBehind() {
        long limit = 16L << 20;
        InputStream huge = new InputStream() {
            long left = limit + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        ContentStream stream = new ContentStreamImpl("big.bin", null, "application/octet-stream", huge);
        assertThatThrownBy(() -> folder.createDocument(receipt("big.bin", "Normal"), stream, VersioningState.MAJOR))
                .isInstanceOf(CmisBaseException.class).hasMessageContaining("larger than the limit");
        assertThat(folder.getChildren()).isEmpty();
    }

    @Test
    void wrongCredentialsAreRefused() {
        assertThatThrownBy(() -> session("admin", "wrong").getRootFolder()).isInstanceOf(CmisUnauthorizedException.class);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static List<String> ids(Session session, String query) {
        return toList(session.query(query, false)).stream()
                .map(hit -> (String) hit.getPropertyValueById(PropertyIds.OBJECT_ID)).toList();
    }

    /** Polls {@code query} until it finds {@code count} objects (the index catches up within seconds). */
    private static void awaitIds(Session session, String query, int count) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        List<String> found = ids(session, query);
        while (found.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still " + found + " after 30 s for " + query);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            found = ids(session, query);
        }
    }

    private static List<QueryResult> toList(Iterable<QueryResult> results) {
        List<QueryResult> list = new java.util.ArrayList<>();
        results.forEach(list::add);
        return list;
    }
}
