package org.daftar.cmis.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.Acl;
import org.apache.chemistry.opencmis.commons.data.BulkUpdateObjectIdAndChangeToken;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.data.FailedToDeleteData;
import org.apache.chemistry.opencmis.commons.data.Properties;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.UnfileObject;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUpdateConflictException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.BulkUpdateObjectIdAndChangeTokenImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.FailedToDeleteDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.spi.Holder;
import org.daftar.cmis.objects.ChangeTokens;
import org.daftar.cmis.objects.ObjectId;
import org.daftar.cmis.objects.Subject;
import org.daftar.cmis.types.CmisTypeIds;
import org.daftar.cmis.versioning.Versioning;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeChange;

/**
 * The writing half of the CMIS service for one user: create, update (properties, secondary types, bulk), move and
 * delete, each checked against the change token and the object's state, then handed to {@code NodeService}.
 */
final class ObjectWrites {

    private final CmisParts parts;
    private final String user;
    private final Navigation navigation;
    private final Versioning versioning;

    ObjectWrites(CmisParts parts, String user, Navigation navigation, Versioning versioning) {
        this.parts = parts;
        this.user = user;
        this.navigation = navigation;
        this.versioning = versioning;
    }

    private String user() {
        return user;
    }

    public String createDocument(Properties properties, String folderId,
                                 ContentStream contentStream, VersioningState versioningState, List<String> policies,
                                 Acl addAces, Acl removeAces) {
        refuseAcl(addAces, removeAces);
        PropertyInput input = PropertyInput.read(properties, parts.types());
        String modelType = modelType(input.typeId(), BaseTypeId.CMIS_DOCUMENT);
        if (contentStream == null || contentStream.getStream() == null) {
            throw new CmisConstraintException("A document needs a content stream: every Daftar document version has content");
        }
        if (versioningState == VersioningState.MINOR || versioningState == VersioningState.CHECKEDOUT) {
            throw new CmisConstraintException("Daftar documents start as major version 1.0; create the document, then"
                    + " check it out (versioningState " + versioningState.value() + " is not supported)");
        }
        Node parent = folder(folderId);
        Node created = parts.nodes().createDocument(newNode(parent, input, modelType),
                new NewContent(contentStream.getStream(), contentStream.getMimeType()), user());
        return ObjectId.of(created.id(), created.versionLabel());
    }

    String createFolder(Properties properties, String folderId, List<String> policies,
                               Acl addAces, Acl removeAces) {
        refuseAcl(addAces, removeAces);
        PropertyInput input = PropertyInput.read(properties, parts.types());
        String modelType = modelType(input.typeId(), BaseTypeId.CMIS_FOLDER);
        Node parent = folder(folderId);
        return parts.nodes().createFolder(newNode(parent, input, modelType), user()).id().toString();
    }

    void updateProperties(Holder<String> objectId, Holder<String> changeToken,
                                 Properties properties) {
        Subject subject = parts.subjects().resolve(objectId.getValue(), user());
        PropertyInput input = PropertyInput.read(properties, parts.types());
        if (subject.pwc()) {
            versioning.updateWorkingCopy(subject, input.name(), input.values(), user());
            return;
        }
        if (!subject.isLatest()) {
            throw new CmisConstraintException("Object '" + objectId.getValue() + "' is an older version and cannot be changed");
        }
        Node node = subject.node();
        String currentToken = changeToken(node);
        if (changeToken != null && changeToken.getValue() != null && !changeToken.getValue().equals(currentToken)) {
            throw new CmisUpdateConflictException("Object '" + objectId.getValue() + "' has changed since it was read"
                    + " (change token " + changeToken.getValue() + ", now " + currentToken + "); read it again");
        }
        Set<String> add = new LinkedHashSet<>(input.requiredAspects());
        Set<String> remove = new LinkedHashSet<>();
        if (input.secondaryTypes() != null) {
            Set<String> wanted = new LinkedHashSet<>(input.secondaryTypes());
            wanted.addAll(add);
            add.addAll(wanted);
            for (String aspect : node.aspects()) {
                if (!wanted.contains(aspect) && !parts.types().implicitAspects(node.type()).contains(aspect)) {
                    remove.add(aspect);
                }
            }
        }
        String name = input.name() != null && !input.name().equals(node.name()) ? input.name() : null;
        Node updated = parts.nodes().update(node.id(), new NodeChange(name, add, remove, input.values()), user());
        objectId.setValue(node.folder() ? updated.id().toString() : ObjectId.of(updated.id(), updated.versionLabel()));
        if (changeToken != null) {
            changeToken.setValue(changeToken(parts.nodes().get(updated.id(), user())));
        }
    }

    void moveObject(Holder<String> objectId, String targetFolderId, String sourceFolderId) {
        Subject subject = parts.subjects().resolve(objectId.getValue(), user());
        if (!subject.isLatest() && !subject.node().folder()) {
            throw new CmisConstraintException("Only the latest version of a document can be moved");
        }
        if (sourceFolderId != null && !ObjectId.parse(sourceFolderId).node().equals(subject.node().parentId())) {
            throw new CmisInvalidArgumentException("Object '" + objectId.getValue() + "' is not in folder '"
                    + sourceFolderId + "'");
        }
        Node target = folder(targetFolderId);
        parts.nodes().move(subject.node().id(), target.id(), user());
    }

    void deleteObject(String objectId, Boolean allVersions) {
        Subject subject = parts.subjects().resolve(objectId, user());
        if (subject.pwc()) {
            versioning.cancelCheckOut(subject, user());
            return;
        }
        if (!subject.node().folder() && Boolean.FALSE.equals(allVersions)
                && (subject.version() != null || parts.nodes().versions(subject.node().id(), user()).size() > 1)) {
            throw new CmisConstraintException("Daftar keeps every version of a document; delete the whole document"
                    + " (allVersions=true)");
        }
        Node node = subject.node();
        if (node.folder() && parts.nodes().children(node.id(), user(), 0, 1).totalItems() > 0) {
            throw new CmisConstraintException("Folder '" + objectId + "' is not empty; use deleteTree");
        }
        if (node.parentId() == null) {
            throw new CmisConstraintException("The root folder cannot be deleted");
        }
        parts.checkOuts().end(node.id());
        parts.nodes().delete(node.id(), user());
    }

    FailedToDeleteData deleteTree(String folderId, Boolean allVersions,
                                         UnfileObject unfileObjects, Boolean continueOnFailure) {
        Subject subject = parts.subjects().resolve(folderId, user());
        if (!subject.node().folder()) {
            throw new CmisConstraintException("Object '" + folderId + "' is not a folder");
        }
        if (subject.node().parentId() == null) {
            throw new CmisConstraintException("The root folder cannot be deleted");
        }
        if (unfileObjects == UnfileObject.UNFILE) {
            throw new CmisConstraintException("Daftar does not support unfiling; use DELETE");
        }
        navigation.endCheckOutsBelow(subject.node());
        parts.nodes().delete(subject.node().id(), user());
        FailedToDeleteDataImpl result = new FailedToDeleteDataImpl();
        result.setIds(List.of());
        return result;
    }

    List<BulkUpdateObjectIdAndChangeToken> bulkUpdateProperties(List<BulkUpdateObjectIdAndChangeToken> objectIdsAndChangeTokens, Properties properties,
            List<String> addSecondaryTypeIds, List<String> removeSecondaryTypeIds) {
        List<BulkUpdateObjectIdAndChangeToken> updated = new ArrayList<>();
        for (BulkUpdateObjectIdAndChangeToken object : objectIdsAndChangeTokens) {
            try {
                Subject subject = parts.subjects().resolve(object.getId(), user());
                Holder<String> id = new Holder<>(object.getId());
                Holder<String> token = new Holder<>(object.getChangeToken());
                updateProperties(id, token, withSecondaryTypes(subject, properties,
                        addSecondaryTypeIds, removeSecondaryTypeIds));
                updated.add(new BulkUpdateObjectIdAndChangeTokenImpl(object.getId(), id.getValue(), token.getValue()));
            } catch (RuntimeException e) {
                // CMIS reports only the objects that were updated; the others keep their old state
            }
        }
        return updated;
    }

    private Properties withSecondaryTypes(Subject subject, Properties properties, List<String> add, List<String> remove) {
        if ((add == null || add.isEmpty()) && (remove == null || remove.isEmpty())) {
            return properties;
        }
        List<String> secondary = new ArrayList<>(subject.node().aspects().stream()
                .filter(a -> !parts.types().implicitAspects(subject.node().type()).contains(a))
                .map(CmisTypeIds::ofAspect).toList());
        if (remove != null) {
            secondary.removeAll(remove);
        }
        if (add != null) {
            add.stream().filter(id -> !secondary.contains(id)).forEach(secondary::add);
        }
        PropertiesImpl result = new PropertiesImpl(properties == null ? List.of() : properties.getPropertyList());
        result.addProperty(new PropertyIdImpl(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondary));
        return result;
    }

    private static String changeToken(Node node) {
        return ChangeTokens.of(node.modifiedAt());
    }

    private NewNode newNode(Node parent, PropertyInput input, String modelType) {
        Set<String> aspects = new LinkedHashSet<>(input.requiredAspects());
        if (input.secondaryTypes() != null) {
            aspects.addAll(input.secondaryTypes());
        }
        return new NewNode(parent.id(), input.name(), modelType, aspects, input.values());
    }

    private String modelType(String typeId, BaseTypeId base) {
        if (typeId == null) {
            throw new CmisInvalidArgumentException("Property 'cmis:objectTypeId' is required");
        }
        TypeDefinition type = parts.types().find(typeId).orElseThrow(() ->
                new CmisInvalidArgumentException("Type '" + typeId + "' is unknown"));
        if (type.getBaseTypeId() != base) {
            throw new CmisInvalidArgumentException("Type '" + typeId + "' is not a " + base.value() + " type");
        }
        return CmisTypeIds.modelName(typeId);
    }

    private Node folder(String folderId) {
        if (folderId == null) {
            throw new CmisConstraintException("Daftar does not support unfiled objects: a folder id is required");
        }
        Node folder = parts.subjects().readable(ObjectId.parse(folderId), user());
        if (!folder.folder()) {
            throw new CmisInvalidArgumentException("Object '" + folderId + "' is not a folder");
        }
        return folder;
    }

    static void refuseAcl(Acl addAces, Acl removeAces) {
        if ((addAces != null && addAces.getAces() != null && !addAces.getAces().isEmpty())
                || (removeAces != null && removeAces.getAces() != null && !removeAces.getAces().isEmpty())) {
            throw new CmisConstraintException("ACLs are computed from Daftar's access rules and cannot be set over CMIS");
        }
    }
}
