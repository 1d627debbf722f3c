package org.daftar.cmis.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.data.PermissionMapping;
import org.apache.chemistry.opencmis.commons.data.RepositoryInfo;
import org.apache.chemistry.opencmis.commons.definitions.PermissionDefinition;
import org.apache.chemistry.opencmis.commons.enums.AclPropagation;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.CapabilityAcl;
import org.apache.chemistry.opencmis.commons.enums.CapabilityChanges;
import org.apache.chemistry.opencmis.commons.enums.CapabilityContentStreamUpdates;
import org.apache.chemistry.opencmis.commons.enums.CapabilityJoin;
import org.apache.chemistry.opencmis.commons.enums.CapabilityOrderBy;
import org.apache.chemistry.opencmis.commons.enums.CapabilityQuery;
import org.apache.chemistry.opencmis.commons.enums.CapabilityRenditions;
import org.apache.chemistry.opencmis.commons.enums.CmisVersion;
import org.apache.chemistry.opencmis.commons.enums.SupportedPermissions;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AclCapabilitiesDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PermissionDefinitionDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PermissionMappingDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.RepositoryCapabilitiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.RepositoryInfoImpl;
import org.daftar.cmis.objects.Permissions;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.node.NodeService;

/** The repository's self-description: id, root folder, capabilities, permissions and the latest change token. */
final class RepositoryDescription {

    static final String REPOSITORY_ID = "daftar";

    private RepositoryDescription() {
    }

    static RepositoryInfo describe(String latestChangeToken, boolean fullText) {
        RepositoryInfoImpl info = new RepositoryInfoImpl();
        info.setId(REPOSITORY_ID);
        info.setName("Daftar");
        info.setDescription("Daftar e-Office repository");
        info.setVendorName("Daftar");
        info.setProductName("Daftar");
        info.setProductVersion("0.1");
        info.setCmisVersionSupported("1.1");
        info.setCmisVersion(CmisVersion.CMIS_1_1);
        info.setRootFolder(NodeService.ROOT_ID.toString());
        info.setPrincipalAnonymous("anonymous");
        info.setPrincipalAnyone(ReadAccess.EVERYONE);
        info.setThinClientUri(null);
        info.setChangesIncomplete(false);
        info.setChangesOnType(List.of(BaseTypeId.CMIS_DOCUMENT, BaseTypeId.CMIS_FOLDER));
        info.setLatestChangeLogToken(latestChangeToken);

        RepositoryCapabilitiesImpl capabilities = new RepositoryCapabilitiesImpl();
        capabilities.setCapabilityAcl(CapabilityAcl.DISCOVER);
        capabilities.setAllVersionsSearchable(false);
        capabilities.setCapabilityChanges(CapabilityChanges.OBJECTIDSONLY);
        capabilities.setCapabilityContentStreamUpdates(CapabilityContentStreamUpdates.NONE);
        capabilities.setCapabilityJoin(CapabilityJoin.NONE);
        capabilities.setCapabilityQuery(fullText ? CapabilityQuery.BOTHCOMBINED : CapabilityQuery.METADATAONLY);
        capabilities.setCapabilityRendition(CapabilityRenditions.NONE);
        capabilities.setIsPwcSearchable(false);
        capabilities.setIsPwcUpdatable(true);
        capabilities.setSupportsGetDescendants(true);
        capabilities.setSupportsGetFolderTree(true);
        capabilities.setCapabilityOrderBy(CapabilityOrderBy.COMMON);
        capabilities.setSupportsMultifiling(false);
        capabilities.setSupportsUnfiling(false);
        capabilities.setSupportsVersionSpecificFiling(false);
        info.setCapabilities(capabilities);

        AclCapabilitiesDataImpl acl = new AclCapabilitiesDataImpl();
        acl.setSupportedPermissions(SupportedPermissions.BASIC);
        acl.setAclPropagation(AclPropagation.OBJECTONLY);
        List<PermissionDefinition> permissions = new ArrayList<>();
        permissions.add(permission(Permissions.READ, "Read"));
        permissions.add(permission(Permissions.WRITE, "Write"));
        permissions.add(permission(Permissions.ALL, "All"));
        acl.setPermissionDefinitionData(permissions);
        Map<String, PermissionMapping> mappings = new LinkedHashMap<>();
        for (String key : keys()) {
            PermissionMappingDataImpl mapping = new PermissionMappingDataImpl();
            mapping.setKey(key);
            mapping.setPermissions(List.of(key.startsWith("canGet") || key.startsWith("canView")
                    ? Permissions.READ : Permissions.WRITE));
            mappings.put(key, mapping);
        }
        acl.setPermissionMappingData(mappings);
        info.setAclCapabilities(acl);
        return info;
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (var field : PermissionMapping.class.getFields()) {
            try {
                if (field.getType() == String.class) {
                    keys.add((String) field.get(null));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    private static PermissionDefinition permission(String id, String description) {
        PermissionDefinitionDataImpl permission = new PermissionDefinitionDataImpl();
        permission.setId(id);
        permission.setDescription(description);
        return permission;
    }
}
