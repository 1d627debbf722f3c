package org.daftar.cmis.service;

import java.io.File;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUnauthorizedException;
import org.apache.chemistry.opencmis.commons.impl.server.AbstractServiceFactory;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.server.TempStoreOutputStream;
import org.apache.chemistry.opencmis.server.support.wrapper.ConformanceCmisServiceWrapper;
import org.daftar.cmis.changes.ChangeLog;
import org.daftar.cmis.objects.ObjectBuilder;
import org.daftar.cmis.objects.Permissions;
import org.daftar.cmis.objects.Subjects;
import org.daftar.cmis.query.CmisQueries;
import org.daftar.cmis.query.FullTextMatcher;
import org.daftar.cmis.types.CmisTypes;
import org.daftar.cmis.versioning.CheckOuts;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.node.NodeService;
import javax.sql.DataSource;
import org.daftar.repository.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives OpenCMIS a service per request, after checking the request's Basic credentials against Daftar's users
 * ({@code BasicAuthCallContextHandler} only passes them on). The service is wrapped in the repository id check
 * ({@link KnownRepository}), the error translation and OpenCMIS's {@link ConformanceCmisServiceWrapper} (argument
 * checks, paging defaults).
 */
public final class DaftarCmisServiceFactory extends AbstractServiceFactory {

    private static final BigInteger MAX_ITEMS_TYPES = BigInteger.valueOf(1000);
    private static final BigInteger DEPTH_TYPES = BigInteger.valueOf(-1);
    private static final BigInteger MAX_ITEMS_OBJECTS = BigInteger.valueOf(100);
    private static final BigInteger DEPTH_OBJECTS = BigInteger.valueOf(10);

    private final CmisParts parts;
    private final CmisUsers users;
    private final UploadBuffering uploads;
    private final PropertyText propertyText;

    /**
     * @param nodes      the node service under the read and write rules every surface shares
     * @param audit      the repository's audit log, read for the change log
     * @param dataSource the database of the CMIS module's own table (check-outs)
     * @param uploads    where and how uploads are buffered (encrypted, bounded by the content limit)
     */
    public DaftarCmisServiceFactory(TypeRegistry registry, NodeService nodes, AuditLog audit, DataSource dataSource,
                                    CmisUsers users, Optional<FullTextMatcher> fullText, UploadBuffering uploads) {
        ReadAccess access = nodes.readAccess();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        CmisTypes types = new CmisTypes(registry);
        Permissions permissions = new Permissions(access);
        CheckOuts checkOuts = new CheckOuts(jdbc);
        Subjects subjects = new Subjects(nodes, checkOuts, permissions);
        ObjectBuilder objects = new ObjectBuilder(types, nodes, permissions);
        this.parts = new CmisParts(nodes, types, permissions, subjects, objects, checkOuts, new ChangeLog(audit),
                new CmisQueries(types, nodes, subjects, objects, permissions, access, fullText));
        this.users = users;
        this.uploads = uploads;
        this.propertyText = new PropertyText(types);
    }

    /** The check of property values as sent, for the Browser binding (see {@link PropertyText}). */
    public PropertyText propertyText() {
        return propertyText;
    }

    @Override
    public File getTempDirectory() {
        return uploads.directory().toFile();
    }

    @Override
    public boolean encryptTempFiles() {
        return true;
    }

    @Override
    public int getMemoryThreshold() {
        return uploads.memoryThreshold();
    }

    @Override
    public long getMaxContentSize() {
        return uploads.maxContentSize();
    }

    /** Every upload buffer OpenCMIS creates: encrypted, under Daftar's home, refused at the limit. */
    @Override
    public TempStoreOutputStream getTempFileOutputStream(String repositoryId) {
        return new UploadBuffer(uploads);
    }

    @Override
    public CmisService getService(CallContext context) {
        String username = context.getUsername();
        String password = context.getPassword();
        if (username == null || password == null || !users.authenticate(username, password)) {
            throw new CmisUnauthorizedException("Sign in with a Daftar user name and password (HTTP Basic)");
        }
        CmisService service = ErrorTranslation.around(KnownRepository.around(new DaftarCmisService(parts, context)));
        ConformanceCmisServiceWrapper wrapper = new ConformanceCmisServiceWrapper(service, MAX_ITEMS_TYPES,
                DEPTH_TYPES, MAX_ITEMS_OBJECTS, DEPTH_OBJECTS);
        wrapper.setCallContext(context);
        return wrapper;
    }
}
