package org.daftar.server.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.junit.jupiter.api.Test;

/** The AtomPub binding serves the same repository: create, read, version and delete over it. */
class CmisAtomPubTest extends CmisTestBase {

    @Test
    void aFolderAndADocumentCanBeCreatedVersionedAndDeletedOverAtomPub() {
        Session session = SessionFactoryImpl.newInstance()
                .createSession(sessionParameters(BindingType.ATOMPUB, "admin", ADMIN_PASSWORD));
        Folder folder = session.getRootFolder().createFolder(Map.of(PropertyIds.NAME, "atom-" + UUID.randomUUID(),
                PropertyIds.OBJECT_TYPE_ID, "cmis:folder"));
        byte[] bytes = "atom".getBytes(StandardCharsets.UTF_8);
        Document document = folder.createDocument(Map.of(PropertyIds.NAME, "a.txt", PropertyIds.OBJECT_TYPE_ID,
                        "cmis:document"), new ContentStreamImpl("a.txt", BigInteger.valueOf(bytes.length), "text/plain",
                        new ByteArrayInputStream(bytes)), VersioningState.MAJOR);

        Document pwc = (Document) session.getObject(document.checkOut());
        pwc.checkIn(true, Map.of(), null, "no change");
        assertThat(document.getAllVersions()).hasSize(2);

        folder.deleteTree(true, null, true);
        assertThat(session.getRootFolder().getChildren()).extracting(c -> c.getId()).doesNotContain(folder.getId());
    }
}
