package org.daftar.cmis.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.chemistry.opencmis.commons.data.Acl;
import org.apache.chemistry.opencmis.commons.data.BulkUpdateObjectIdAndChangeToken;
import org.apache.chemistry.opencmis.commons.data.AllowableActions;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.data.ExtensionsData;
import org.apache.chemistry.opencmis.commons.data.FailedToDeleteData;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderContainer;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderList;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.data.ObjectParentData;
import org.apache.chemistry.opencmis.commons.data.Properties;
import org.apache.chemistry.opencmis.commons.data.RepositoryInfo;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionContainer;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionList;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.enums.UnfileObject;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.apache.chemistry.opencmis.commons.impl.server.AbstractCmisService;
import org.apache.chemistry.opencmis.commons.impl.server.ObjectInfoImpl;
import org.apache.chemistry.opencmis.commons.server.ObjectInfo;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.spi.Holder;
import org.daftar.cmis.objects.Filter;
import org.daftar.cmis.objects.Subject;
import org.daftar.cmis.versioning.Versioning;
import org.daftar.repository.version.Version;

/**
 * One request's CMIS service: each call becomes one or a few repository calls. Operations Daftar does not offer
 * (relationships, policies, renditions, type mutation, content stream updates outside check-in) are inherited from
 * {@link AbstractCmisService}, which refuses them as not supported.
 */
final class DaftarCmisService extends AbstractCmisService {

    private final CmisParts parts;
    private final CallContext context;
    private final Navigation navigation;
    private final Versioning versioning;
    private final ObjectWrites writes;

    DaftarCmisService(CmisParts parts, CallContext context) {
        this.parts = parts;
        this.context = context;
        this.navigation = new Navigation(parts, user());
        this.versioning = new Versioning(parts.nodes(), parts.checkOuts(), parts.subjects());
        this.writes = new ObjectWrites(parts, user(), navigation, versioning);
    }

    private String user() {
        return context.getUsername();
    }

    // --- repository ---

    @Override
    public List<RepositoryInfo> getRepositoryInfos(ExtensionsData extension) {
        return List.of(info());
    }

    @Override
    public RepositoryInfo getRepositoryInfo(String repositoryId, ExtensionsData extension) {
        return info(); // the repository id is checked by KnownRepository, around every call
    }

    private RepositoryInfo info() {
        return RepositoryDescription.describe(parts.changeLog().latestToken(), parts.queries().fullTextAvailable());
    }

    @Override
    public TypeDefinitionList getTypeChildren(String repositoryId, String typeId, Boolean includePropertyDefinitions,
                                              BigInteger maxItems, BigInteger skipCount, ExtensionsData extension) {
        if (typeId != null) {
            getTypeDefinition(repositoryId, typeId, extension);
        }
        return parts.types().factory().createTypeDefinitionList(parts.types().all(), typeId,
                includePropertyDefinitions, maxItems, skipCount);
    }

    @Override
    public List<TypeDefinitionContainer> getTypeDescendants(String repositoryId, String typeId, BigInteger depth,
                                                            Boolean includePropertyDefinitions, ExtensionsData extension) {
        if (typeId != null) {
            getTypeDefinition(repositoryId, typeId, extension);
        }
        return parts.types().factory().createTypeDescendants(parts.types().all(), typeId, depth,
                includePropertyDefinitions);
    }

    @Override
    public TypeDefinition getTypeDefinition(String repositoryId, String typeId, ExtensionsData extension) {
        return parts.types().find(typeId).orElseThrow(() ->
                new CmisObjectNotFoundException("Type '" + typeId + "' is unknown"));
    }

    // --- navigation ---

    @Override
    public ObjectInFolderList getChildren(String repositoryId, String folderId, String filter, String orderBy,
                                          Boolean includeAllowableActions, IncludeRelationships includeRelationships,
                                          String renditionFilter, Boolean includePathSegment, BigInteger maxItems,
                                          BigInteger skipCount, ExtensionsData extension) {
        return navigation.children(folderId, Filter.parse(filter), Boolean.TRUE.equals(includeAllowableActions),
                Boolean.TRUE.equals(includePathSegment), intOf(maxItems, 100), intOf(skipCount, 0));
    }

    @Override
    public List<ObjectInFolderContainer> getDescendants(String repositoryId, String folderId, BigInteger depth,
                                                        String filter, Boolean includeAllowableActions,
                                                        IncludeRelationships includeRelationships, String renditionFilter,
                                                        Boolean includePathSegment, ExtensionsData extension) {
        return navigation.descendants(folderId, depthOf(depth), Filter.parse(filter),
                Boolean.TRUE.equals(includeAllowableActions), Boolean.TRUE.equals(includePathSegment), false);
    }

    @Override
    public List<ObjectInFolderContainer> getFolderTree(String repositoryId, String folderId, BigInteger depth,
                                                       String filter, Boolean includeAllowableActions,
                                                       IncludeRelationships includeRelationships, String renditionFilter,
                                                       Boolean includePathSegment, ExtensionsData extension) {
        return navigation.descendants(folderId, depthOf(depth), Filter.parse(filter),
                Boolean.TRUE.equals(includeAllowableActions), Boolean.TRUE.equals(includePathSegment), true);
    }

    @Override
    public List<ObjectParentData> getObjectParents(String repositoryId, String objectId, String filter,
                                                   Boolean includeAllowableActions,
                                                   IncludeRelationships includeRelationships, String renditionFilter,
                                                   Boolean includeRelativePathSegment, ExtensionsData extension) {
        return navigation.parents(objectId, Filter.parse(filter), Boolean.TRUE.equals(includeAllowableActions),
                Boolean.TRUE.equals(includeRelativePathSegment));
    }

    @Override
    public ObjectData getFolderParent(String repositoryId, String folderId, String filter, ExtensionsData extension) {
        return navigation.folderParent(folderId, Filter.parse(filter));
    }

    @Override
    public ObjectList getCheckedOutDocs(String repositoryId, String folderId, String filter, String orderBy,
                                        Boolean includeAllowableActions, IncludeRelationships includeRelationships,
                                        String renditionFilter, BigInteger maxItems, BigInteger skipCount,
                                        ExtensionsData extension) {
        return navigation.checkedOut(folderId, Filter.parse(filter), Boolean.TRUE.equals(includeAllowableActions),
                intOf(maxItems, 100), intOf(skipCount, 0));
    }

    // --- objects ---

    @Override
    public String createDocument(String repositoryId, Properties properties, String folderId,
                                 ContentStream contentStream, VersioningState versioningState, List<String> policies,
                                 Acl addAces, Acl removeAces, ExtensionsData extension) {
        return writes.createDocument(properties, folderId, contentStream, versioningState, policies, addAces, removeAces);
    }

    @Override
    public String createFolder(String repositoryId, Properties properties, String folderId, List<String> policies,
                               Acl addAces, Acl removeAces, ExtensionsData extension) {
        return writes.createFolder(properties, folderId, policies, addAces, removeAces);
    }

    @Override
    public void updateProperties(String repositoryId, Holder<String> objectId, Holder<String> changeToken,
                                 Properties properties, ExtensionsData extension) {
        writes.updateProperties(objectId, changeToken, properties);
    }

    @Override
    public List<BulkUpdateObjectIdAndChangeToken> bulkUpdateProperties(String repositoryId,
            List<BulkUpdateObjectIdAndChangeToken> objectIdsAndChangeTokens, Properties properties,
            List<String> addSecondaryTypeIds, List<String> removeSecondaryTypeIds, ExtensionsData extension) {
        return writes.bulkUpdateProperties(objectIdsAndChangeTokens, properties, addSecondaryTypeIds,
                removeSecondaryTypeIds);
    }

    @Override
    public void moveObject(String repositoryId, Holder<String> objectId, String targetFolderId, String sourceFolderId,
                           ExtensionsData extension) {
        writes.moveObject(objectId, targetFolderId, sourceFolderId);
    }

    @Override
    public void deleteObject(String repositoryId, String objectId, Boolean allVersions, ExtensionsData extension) {
        writes.deleteObject(objectId, allVersions);
    }

    /** AtomPub's DELETE: cancels the check-out for a working copy, deletes anything else. */
    @Override
    public void deleteObjectOrCancelCheckOut(String repositoryId, String objectId, Boolean allVersions,
                                             ExtensionsData extension) {
        writes.deleteObject(objectId, allVersions);
    }

    @Override
    public FailedToDeleteData deleteTree(String repositoryId, String folderId, Boolean allVersions,
                                         UnfileObject unfileObjects, Boolean continueOnFailure, ExtensionsData extension) {
        return writes.deleteTree(folderId, allVersions, unfileObjects, continueOnFailure);
    }

    @Override
    public String create(String repositoryId, Properties properties, String folderId, ContentStream contentStream,
                         VersioningState versioningState, List<String> policies, ExtensionsData extension) {
        PropertyInput input = PropertyInput.read(properties, parts.types());
        TypeDefinition type = parts.types().find(input.typeId()).orElseThrow(() ->
                new CmisInvalidArgumentException("Type '" + input.typeId() + "' is unknown"));
        return type.getBaseTypeId() == BaseTypeId.CMIS_FOLDER
                ? createFolder(repositoryId, properties, folderId, policies, null, null, extension)
                : createDocument(repositoryId, properties, folderId, contentStream, versioningState, policies, null,
                null, extension);
    }

    @Override
    public AllowableActions getAllowableActions(String repositoryId, String objectId, ExtensionsData extension) {
        return parts.permissions().allowableActions(parts.subjects().resolve(objectId, user()), user());
    }

    @Override
    public ObjectData getObject(String repositoryId, String objectId, String filter, Boolean includeAllowableActions,
                                IncludeRelationships includeRelationships, String renditionFilter,
                                Boolean includePolicyIds, Boolean includeAcl, ExtensionsData extension) {
        return build(parts.subjects().resolve(objectId, user()), filter, includeAllowableActions, includeAcl);
    }

    @Override
    public Properties getProperties(String repositoryId, String objectId, String filter, ExtensionsData extension) {
        return parts.objects().properties(parts.subjects().resolve(objectId, user()), Filter.parse(filter), user());
    }

    @Override
    public ObjectData getObjectByPath(String repositoryId, String path, String filter, Boolean includeAllowableActions,
                                      IncludeRelationships includeRelationships, String renditionFilter,
                                      Boolean includePolicyIds, Boolean includeAcl, ExtensionsData extension) {
        return build(parts.subjects().latest(navigation.byPath(path)), filter, includeAllowableActions, includeAcl);
    }

    @Override
    public ContentStream getContentStream(String repositoryId, String objectId, String streamId, BigInteger offset,
                                          BigInteger length, ExtensionsData extension) {
        Subject subject = parts.subjects().resolve(objectId, user());
        if (subject.node().folder()) {
            throw new CmisConstraintException("Object '" + objectId + "' is a folder and has no content");
        }
        Version version = subject.version();
        var content = version == null ? subject.node().content() : version.content();
        if (content == null) {
            throw new CmisConstraintException("Document '" + objectId + "' has no content");
        }
        InputStream stream;
        try {
            stream = Files.newInputStream(parts.nodes().contentPath(content));
            long skip = offset == null ? 0 : offset.longValue();
            if (skip > 0) {
                stream.skipNBytes(Math.min(skip, content.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Content of '" + objectId + "' could not be read", e);
        }
        long remaining = content.size() - (offset == null ? 0 : Math.min(offset.longValue(), content.size()));
        long size = length == null ? remaining : Math.min(length.longValue(), remaining);
        InputStream limited = length == null ? stream : new BoundedStream(stream, size);
        String name = version == null ? subject.node().name() : version.name();
        return new ContentStreamImpl(name, BigInteger.valueOf(size), content.mimeType(), limited);
    }

    // --- versioning ---

    @Override
    public void checkOut(String repositoryId, Holder<String> objectId, ExtensionsData extension,
                         Holder<Boolean> contentCopied) {
        Subject subject = parts.subjects().resolve(objectId.getValue(), user());
        objectId.setValue(versioning.checkOut(subject, user()));
        if (contentCopied != null) {
            contentCopied.setValue(true);
        }
    }

    @Override
    public void cancelCheckOut(String repositoryId, String objectId, ExtensionsData extension) {
        versioning.cancelCheckOut(parts.subjects().resolve(objectId, user()), user());
    }

    @Override
    public void checkIn(String repositoryId, Holder<String> objectId, Boolean major, Properties properties,
                        ContentStream contentStream, String checkinComment, List<String> policies, Acl addAces,
                        Acl removeAces, ExtensionsData extension) {
        ObjectWrites.refuseAcl(addAces, removeAces);
        Subject subject = parts.subjects().resolve(objectId.getValue(), user());
        PropertyInput input = PropertyInput.read(properties, parts.types());
        objectId.setValue(versioning.checkIn(subject, !Boolean.FALSE.equals(major), input.name(), input.values(),
                contentStream, checkinComment, user()));
    }

    @Override
    public ObjectData getObjectOfLatestVersion(String repositoryId, String objectId, String versionSeriesId,
                                               Boolean major, String filter, Boolean includeAllowableActions,
                                               IncludeRelationships includeRelationships, String renditionFilter,
                                               Boolean includePolicyIds, Boolean includeAcl, ExtensionsData extension) {
        String id = versionSeriesId != null ? versionSeriesId : objectId;
        Subject subject = versioning.latest(id, Boolean.TRUE.equals(major), user());
        return build(subject, filter, includeAllowableActions, includeAcl);
    }

    @Override
    public Properties getPropertiesOfLatestVersion(String repositoryId, String objectId, String versionSeriesId,
                                                   Boolean major, String filter, ExtensionsData extension) {
        String id = versionSeriesId != null ? versionSeriesId : objectId;
        return parts.objects().properties(versioning.latest(id, Boolean.TRUE.equals(major), user()), Filter.parse(filter), user());
    }

    @Override
    public List<ObjectData> getAllVersions(String repositoryId, String objectId, String versionSeriesId, String filter,
                                           Boolean includeAllowableActions, ExtensionsData extension) {
        String id = versionSeriesId != null ? versionSeriesId : objectId;
        List<ObjectData> result = new ArrayList<>();
        for (Subject subject : versioning.allVersions(id, user())) {
            result.add(build(subject, filter, includeAllowableActions, false));
        }
        return result;
    }

    // --- ACL, discovery ---

    @Override
    public Acl getAcl(String repositoryId, String objectId, Boolean onlyBasicPermissions, ExtensionsData extension) {
        return parts.permissions().acl(parts.subjects().resolve(objectId, user()).node());
    }

    @Override
    public ObjectList getContentChanges(String repositoryId, Holder<String> changeLogToken, Boolean includeProperties,
                                        String filter, Boolean includePolicyIds, Boolean includeAcl,
                                        BigInteger maxItems, ExtensionsData extension) {
        var result = parts.changeLog().changes(changeLogToken == null ? null : changeLogToken.getValue(),
                intOf(maxItems, 100), navigation::visibleInChangeLog);
        if (changeLogToken != null) {
            changeLogToken.setValue(result.nextToken());
        }
        return result.events();
    }

    @Override
    public ObjectList query(String repositoryId, String statement, Boolean searchAllVersions,
                            Boolean includeAllowableActions, IncludeRelationships includeRelationships,
                            String renditionFilter, BigInteger maxItems, BigInteger skipCount, ExtensionsData extension) {
        if (Boolean.TRUE.equals(searchAllVersions)) {
            throw new CmisInvalidArgumentException("Only latest versions are searchable (searchAllVersions=false)");
        }
        return parts.queries().query(statement, user(), Boolean.TRUE.equals(includeAllowableActions),
                intOf(maxItems, 100), intOf(skipCount, 0));
    }

    /**
     * AtomPub builds the content link from the file name without escaping it, so a name with {@code %} (legal in
     * Daftar) made an unreadable URL; the link's name segment is cosmetic (the object id selects the content).
     */
    @Override
    protected ObjectInfo getObjectInfoIntern(String repositoryId, ObjectData object) {
        ObjectInfo info = super.getObjectInfoIntern(repositoryId, object);
        if (info instanceof ObjectInfoImpl impl && impl.getFileName() != null && impl.getFileName().indexOf('%') >= 0) {
            impl.setFileName(impl.getFileName().replace('%', '_'));
        }
        return info;
    }

    // --- helpers ---

    private ObjectData build(Subject subject, String filter, Boolean actions, Boolean acl) {
        return parts.objects().build(subject, user(), Filter.parse(filter), Boolean.TRUE.equals(actions),
                Boolean.TRUE.equals(acl));
    }

    static int intOf(BigInteger value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.signum() < 0) {
            throw new CmisInvalidArgumentException("Negative numbers are not allowed here: " + value);
        }
        return value.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    private static int depthOf(BigInteger depth) {
        if (depth == null) {
            return 2;
        }
        int value = depth.intValue();
        if (value == 0 || value < -1) {
            throw new CmisInvalidArgumentException("Depth must be -1 or greater than 0, not " + depth);
        }
        return value;
    }

    /** An input stream that ends after a given number of bytes (for ranged content requests). */
    private static final class BoundedStream extends java.io.FilterInputStream {
        private long left;

        BoundedStream(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
