package org.daftar.server.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The inputs an outsider tried against CMIS, each over the live server: every one gets a CMIS exception with a
 * message saying what to fix, none a 500, and the server log shows no stack trace for them. Content is limited to
 * 1 MB here and kept in memory up to 64 KB, so the upload buffer's temporary files can be watched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "daftar.admin-password=" + CmisInputLimitsTest.ADMIN_PASSWORD,
        "daftar.content.max-size=1MB",
        "daftar.cmis.memory-threshold=64KB"})
@ExtendWith(OutputCaptureExtension.class)
class CmisInputLimitsTest {

    static final String ADMIN_PASSWORD = "limits-admin-password";
    private static final long LIMIT = 1L << 20;
    private static final Path HOME = createHome();

    @LocalServerPort
    int port;

    private Folder folder;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("daftar.home", HOME::toString);
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("daftar-cmis-limits-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void setUp() {
        folder = session(BindingType.BROWSER).getRootFolder().createFolder(Map.of(PropertyIds.NAME,
                "limits-" + UUID.randomUUID(), PropertyIds.OBJECT_TYPE_ID, "cmis:folder"));
    }

    private Session session(BindingType binding) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.USER, "admin");
        parameters.put(SessionParameter.PASSWORD, ADMIN_PASSWORD);
        parameters.put(SessionParameter.REPOSITORY_ID, "daftar");
        parameters.put(SessionParameter.BINDING_TYPE, binding.value());
        if (binding == BindingType.BROWSER) {
            parameters.put(SessionParameter.BROWSER_URL, "http://localhost:" + port + "/cmis/browser");
        } else {
            parameters.put(SessionParameter.ATOMPUB_URL, "http://localhost:" + port + "/cmis/atom");
        }
        return SessionFactoryImpl.newInstance().createSession(parameters);
    }

    private static void query(Session session, String statement) {
        session.query(statement, false).iterator().hasNext();
    }

    // --- queries ---

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    void aQueryWithAThousandOrTermsIsRefusedAsTooManyTerms(BindingType binding, CapturedOutput log) {
        StringBuilder statement = new StringBuilder("SELECT * FROM cmis:document WHERE cmis:name = 'n0'");
        for (int i = 1; i < 1000; i++) {
            statement.append(" OR cmis:name = 'n").append(i).append("'");
        }
        assertThatThrownBy(() -> query(session(binding), statement.toString()))
                .isInstanceOf(CmisInvalidArgumentException.class)
                .hasMessageContaining("The query has too many terms (more than 256 AND, OR and NOT)");
        assertNoStackTrace(log);
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    void aQueryNestedThreeThousandParenthesesDeepIsRefusedAsTooDeep(BindingType binding, CapturedOutput log) {
        String statement = "SELECT * FROM cmis:document WHERE " + "(".repeat(3000) + "cmis:name = 'a'"
                + ")".repeat(3000);
        assertThatThrownBy(() -> query(session(binding), statement))
                .isInstanceOf(CmisInvalidArgumentException.class)
                .hasMessageContaining("The query is nested too deeply (more than 32 levels of parentheses)");
        assertNoStackTrace(log);
    }

    @Test
    void anInListOfSeventyThousandValuesIsRefusedWithAShortMessageAndNoSql(CapturedOutput log) {
        Session session = session(BindingType.BROWSER);
        assertThatThrownBy(() -> query(session, inList(70_000)))
                .isInstanceOf(CmisInvalidArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContainIgnoringCase("select")
                        .doesNotContain("node").doesNotContain("grading"));
        assertThatThrownBy(() -> query(session, inList(1001)))
                .isInstanceOf(CmisInvalidArgumentException.class)
                .hasMessage("An IN list has 1001 values; at most 1000 are allowed in one list");
        query(session, inList(1000));
        assertNoStackTrace(log);
    }

    private static String inList(int values) {
        StringBuilder statement = new StringBuilder("SELECT * FROM cmis:document WHERE cmis:name IN (");
        for (int i = 0; i < values; i++) {
            statement.append(i == 0 ? "" : ",").append("'").append(i).append("'");
        }
        return statement.append(")").toString();
    }

    @Test
    void aFormBodyLargerThanTenMegabytesIsRefusedInsteadOfReadIntoMemory(CapturedOutput log) throws Exception {
        HttpResponse<String> response = post("/cmis/browser/daftar", "cmisaction=query&statement="
                + "x".repeat(11 << 20));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalidArgument").contains("The form is larger than 10485760 bytes");
        assertNoStackTrace(log);
    }

    // --- repository id ---

    @Test
    void anUnknownRepositoryIsNotFoundOnEveryPathInsteadOfBeingServedAsDaftar(CapturedOutput log) throws Exception {
        String root = session(BindingType.BROWSER).getRootFolder().getId();
        for (String path : List.of("/cmis/browser/nope?cmisselector=repositoryInfo",
                "/cmis/browser/nope/root?cmisselector=children&objectId=" + root,
                "/cmis/browser/nope/root?cmisselector=object&objectId=" + folder.getId(),
                "/cmis/browser/nope?cmisselector=query&q=" + encode("SELECT * FROM cmis:folder"))) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("objectNotFound")
                    .contains("Repository 'nope' is unknown; this server has one repository, 'daftar'");
        }
        HttpResponse<String> created = post("/cmis/browser/nope/root", "cmisaction=createFolder&objectId="
                + folder.getId() + "&propertyId[0]=cmis:name&propertyValue[0]=x"
                + "&propertyId[1]=cmis:objectTypeId&propertyValue[1]=cmis:folder");
        assertThat(created.statusCode()).isEqualTo(404);
        assertThat(folder.getChildren()).isEmpty();

        HttpResponse<String> atom = get("/cmis/atom?repositoryId=nope");
        assertThat(atom.statusCode()).isEqualTo(404);
        assertThat(atom.body()).contains("Repository 'nope' is unknown");
        assertThat(get("/cmis/atom/nope/children?id=" + root).statusCode()).isEqualTo(404);
        assertThat(get("/cmis/atom/nope/entry?id=" + folder.getId()).statusCode()).isEqualTo(404);
        assertNoStackTrace(log);
    }

    // --- properties ---

    private Map<String, Object> scanned(String name) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PropertyIds.NAME, name);
        properties.put(PropertyIds.OBJECT_TYPE_ID, "cmis:document");
        properties.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of("P:eo:ocr"));
        return properties;
    }

    private static ContentStream text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ContentStreamImpl("t.txt", BigInteger.valueOf(bytes.length), "text/plain",
                new ByteArrayInputStream(bytes));
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    void theOcrAspectWithoutItsMandatoryLanguagesIsRefusedNamingTheProperty(BindingType binding, CapturedOutput log) {
        Folder here = (Folder) session(binding).getObject(folder.getId());
        assertThatThrownBy(() -> here.createDocument(scanned("scan.txt"), text("x"), VersioningState.MAJOR))
                .isInstanceOf(CmisConstraintException.class)
                .hasMessageContaining("eo:ocrLanguages: is mandatory for aspect eo:ocr");

        Document plain = here.createDocument(Map.of(PropertyIds.NAME, "plain.txt", PropertyIds.OBJECT_TYPE_ID,
                "cmis:document"), text("x"), VersioningState.MAJOR);
        assertThatThrownBy(() -> plain.updateProperties(Map.of(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of("P:eo:ocr"))))
                .isInstanceOf(CmisConstraintException.class).hasMessageContaining("eo:ocrLanguages");
        Map<String, Object> withLanguages = scanned("scan.txt");
        withLanguages.put("eo:ocrLanguages", "hin");
        Document scan = here.createDocument(withLanguages, text("x"), VersioningState.MAJOR);
        assertThat((String) scan.getPropertyValue("eo:ocrLanguages")).isEqualTo("hin");
        assertNoStackTrace(log);
    }

    @Test
    void aBooleanThatIsNeitherTrueNorFalseIsRefusedNotStoredAsFalse(CapturedOutput log) throws Exception {
        Map<String, Object> receipt = new HashMap<>(Map.of(PropertyIds.NAME, "vip.txt",
                PropertyIds.OBJECT_TYPE_ID, "cmis:document", PropertyIds.SECONDARY_OBJECT_TYPE_IDS,
                List.of("P:eo:described")));
        receipt.put("eo:subject", "भूमि");
        Document document = folder.createDocument(receipt, text("x"), VersioningState.MAJOR);
        HttpResponse<String> refused = post("/cmis/browser/daftar/root", "cmisaction=update&objectId="
                + document.getId() + "&propertyId[0]=eo:subject&propertyValue[0]=changed"
                + "&propertyId[1]=eo:vip&propertyValue[1]=maybe");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalidArgument").contains("eo:vip must be true or false, not 'maybe'");
        assertThat((String) session(BindingType.BROWSER).getObject(document.getId()).getPropertyValue("eo:subject"))
                .as("nothing of the refused update is stored").isEqualTo("भूमि");

        HttpResponse<String> created = post("/cmis/browser/daftar/root", "cmisaction=createDocument&objectId="
                + folder.getId() + "&propertyId[0]=cmis:name&propertyValue[0]=v.txt"
                + "&propertyId[1]=cmis:objectTypeId&propertyValue[1]=D:eo:receipt"
                + "&propertyId[2]=eo:vip&propertyValue[2]=yes");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(created.body()).contains("eo:vip must be true or false, not 'yes'");
        assertNoStackTrace(log);
    }

    @Test
    void twoValuesForASingleValuedPropertyAreRefusedNotCutToTheFirst(CapturedOutput log) throws Exception {
        Document document = folder.createDocument(Map.of(PropertyIds.NAME, "single.txt",
                PropertyIds.OBJECT_TYPE_ID, "cmis:document"), text("x"), VersioningState.MAJOR);
        HttpResponse<String> refused = post("/cmis/browser/daftar/root", "cmisaction=update&objectId="
                + document.getId() + "&propertyId[0]=cmis:secondaryObjectTypeIds&propertyValue[0]=P:eo:described"
                + "&propertyId[1]=eo:subject&propertyValue[1][0]=first&propertyValue[1][1]=second");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalidArgument").contains("Property 'eo:subject' takes one value, not 2");

        HttpResponse<String> renamed = post("/cmis/browser/daftar/root", "cmisaction=update&objectId="
                + document.getId() + "&propertyId[0]=cmis:name&propertyValue[0][0]=a.txt&propertyValue[0][1]=b.txt");
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(renamed.body()).contains("Property 'cmis:name' takes one value, not 2");
        assertThat(session(BindingType.BROWSER).getObject(document.getId()).getName()).isEqualTo("single.txt");
        assertNoStackTrace(log);
    }

    // --- uploads ---

    private Path uploads() {
        return HOME.resolve("tmp").resolve("cmis");
    }

    private long uploadFolderSize() {
        try (Stream<Path> files = Files.list(uploads())) {
            return files.mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0; // deleted while listed
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> uploadFiles() throws IOException {
        try (Stream<Path> files = Files.list(uploads())) {
            return files.toList();
        }
    }

    /** Bytes of 'x', noting the upload folder's size each time the client asks for more. */
    private final class WatchedUpload extends InputStream {
        private long left;
        final List<Long> folderSizes = new ArrayList<>();

        WatchedUpload(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            folderSizes.add(uploadFolderSize());
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            left -= n;
            return n;
        }
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    void anUploadPastTheLimitIsRefusedWhileStreamingAndNoTemporaryFileOutgrowsTheLimitOrStays(BindingType binding,
            CapturedOutput log) throws IOException {
        Folder here = (Folder) session(binding).getObject(folder.getId());
        WatchedUpload upload = new WatchedUpload(LIMIT + LIMIT / 2);
        ContentStream stream = new ContentStreamImpl("big.bin", null, "application/octet-stream", upload);
        assertThatThrownBy(() -> here.createDocument(Map.of(PropertyIds.NAME, "big.bin",
                PropertyIds.OBJECT_TYPE_ID, "cmis:document"), stream, VersioningState.MAJOR))
                .isInstanceOf(CmisBaseException.class)
                .hasMessageContaining("Content is larger than the limit of 1048576 bytes");
        assertThat(upload.folderSizes).isNotEmpty().allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(LIMIT));
        assertThat(uploadFiles()).isEmpty();
        assertThat(here.getChildren()).isEmpty();
        assertThat(Files.list(Path.of(System.getProperty("java.io.tmpdir")))
                .filter(p -> p.getFileName().toString().startsWith("opencmis")).toList())
                .as("nothing in the system temp folder").isEmpty();
        assertNoStackTrace(log);
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    void anUploadAboveTheMemoryThresholdIsStoredWholeAndItsTemporaryFileRemoved(BindingType binding)
            throws IOException {
        Folder here = (Folder) session(binding).getObject(folder.getId());
        long size = 300_000;
        WatchedUpload upload = new WatchedUpload(size);
        Document stored = here.createDocument(Map.of(PropertyIds.NAME, "medium.bin", PropertyIds.OBJECT_TYPE_ID,
                "cmis:document"), new ContentStreamImpl("medium.bin", BigInteger.valueOf(size),
                "application/octet-stream", upload), VersioningState.MAJOR);
        assertThat(stored.getContentStreamLength()).isEqualTo(size);
        try (InputStream in = stored.getContentStream().getStream()) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes).hasSize((int) size).containsOnly((byte) 'x');
        }
        assertThat(uploadFiles()).isEmpty();
    }

    // --- helpers ---

    /** No stack trace and no error from the CMIS layer in the server log during the test. */
    private static void assertNoStackTrace(CapturedOutput log) {
        assertThat(log.getOut() + log.getErr()).doesNotContain("\tat org.apache.chemistry")
                .doesNotContain("\tat org.daftar.cmis").doesNotContain("StackOverflowError")
                .doesNotContain("ERROR");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        String auth = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
