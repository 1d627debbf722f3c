package org.daftar.cmis.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractPropertyData;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDecimalImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIntegerImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.daftar.cmis.types.CmisTypeIds;
import org.daftar.cmis.types.CmisTypes;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.version.Version;
import org.daftar.repository.version.VersionLabel;

/** Builds the CMIS view of a {@link Subject}: its properties (filtered), allowable actions and ACL. */
public final class ObjectBuilder {

    private static final String DESCRIPTION = "cm:description";

    private final CmisTypes types;
    private final NodeService nodes;
    private final Permissions permissions;

    public ObjectBuilder(CmisTypes types, NodeService nodes, Permissions permissions) {
        this.types = types;
        this.nodes = nodes;
        this.permissions = permissions;
    }

    public ObjectData build(Subject subject, String user, Filter filter, boolean actions, boolean acl) {
        ObjectDataImpl object = new ObjectDataImpl();
        object.setProperties(properties(subject, filter, user));
        if (actions) {
            object.setAllowableActions(permissions.allowableActions(subject, user));
        }
        if (acl) {
            object.setAcl(permissions.acl(subject.node()));
            object.setIsExactAcl(true);
        }
        return object;
    }

    public PropertiesImpl properties(Subject subject, Filter filter, String user) {
        Node node = subject.node();
        Version version = subject.version();
        String typeId = types.typeIdOf(node.type());
        TypeDefinition type = types.find(typeId).orElseThrow();
        Set<String> aspects = version == null ? node.aspects() : version.aspects();
        List<String> secondary = aspects.stream().filter(a -> !types.implicitAspects(node.type()).contains(a))
                .map(CmisTypeIds::ofAspect).filter(id -> types.find(id).isPresent()).sorted().toList();
        Map<String, Object> stored = new LinkedHashMap<>(version == null ? node.properties() : version.properties());
        String name = version == null ? node.name() : version.name();
        Instant modifiedAt = version == null ? node.modifiedAt() : version.createdAt();
        String modifiedBy = version == null ? node.modifiedBy() : version.createdBy();
        if (subject.pwc()) {
            subject.checkOut().pendingProperties().forEach((key, value) -> {
                if (value == null) {
                    stored.remove(key);
                } else {
                    stored.put(key, value);
                }
            });
            name = subject.checkOut().pendingName() == null ? name : subject.checkOut().pendingName();
            modifiedAt = subject.checkOut().modifiedAt();
            modifiedBy = subject.checkOut().checkedOutBy();
        }

        Properties result = new Properties(filter, type);
        result.id(PropertyIds.OBJECT_ID, subject.objectId());
        result.id(PropertyIds.BASE_TYPE_ID, type.getBaseTypeId().value());
        result.id(PropertyIds.OBJECT_TYPE_ID, typeId);
        result.ids(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondary);
        result.string(PropertyIds.NAME, name);
        result.string(PropertyIds.DESCRIPTION, stored.get(DESCRIPTION) == null ? null : stored.get(DESCRIPTION).toString());
        result.string(PropertyIds.CREATED_BY, node.createdBy());
        result.dateTime(PropertyIds.CREATION_DATE, node.createdAt());
        result.string(PropertyIds.LAST_MODIFIED_BY, modifiedBy);
        result.dateTime(PropertyIds.LAST_MODIFICATION_DATE, modifiedAt);
        result.string(PropertyIds.CHANGE_TOKEN, ChangeTokens.of(modifiedAt));
        if (node.folder()) {
            result.id(PropertyIds.PARENT_ID, node.parentId() == null ? null : node.parentId().toString());
            if (filter.includes(PropertyIds.PATH)) {
                result.string(PropertyIds.PATH, path(node));
            }
            result.ids(PropertyIds.ALLOWED_CHILD_OBJECT_TYPE_IDS, List.of());
        } else {
            documentProperties(subject, result, user);
        }
        stored.forEach((key, value) -> {
            if (value != null) {
                types.modelProperty(key).ifPresent(definition ->
                        result.model(key, PropertyValues.toCmis(definition, value)));
            }
        });
        // CMIS lists every property of the type and its secondary types, unset ones without a value
        result.unset(type.getPropertyDefinitions().values());
        for (String secondaryId : secondary) {
            types.find(secondaryId).ifPresent(t -> result.unset(t.getPropertyDefinitions().values()));
        }
        return result.build();
    }

    private void documentProperties(Subject subject, Properties result, String user) {
        Node node = subject.node();
        Version version = subject.version();
        String label = version == null ? node.versionLabel() : version.label().toString();
        boolean major = VersionLabel.parse(label).minor() == 0;
        boolean checkedOut = subject.checkOut() != null;
        var content = version == null ? node.content() : version.content();
        result.bool(PropertyIds.IS_IMMUTABLE, version != null);
        result.bool(PropertyIds.IS_LATEST_VERSION, subject.isLatest());
        result.bool(PropertyIds.IS_MAJOR_VERSION, !subject.pwc() && major);
        result.bool(PropertyIds.IS_LATEST_MAJOR_VERSION, !subject.pwc() && major && isLatestMajor(subject, label, user));
        result.bool(PropertyIds.IS_PRIVATE_WORKING_COPY, subject.pwc());
        result.string(PropertyIds.VERSION_LABEL, subject.pwc() ? ObjectId.PWC : label);
        result.id(PropertyIds.VERSION_SERIES_ID, node.id().toString());
        result.bool(PropertyIds.IS_VERSION_SERIES_CHECKED_OUT, checkedOut);
        result.string(PropertyIds.VERSION_SERIES_CHECKED_OUT_BY, checkedOut ? subject.checkOut().checkedOutBy() : null);
        result.id(PropertyIds.VERSION_SERIES_CHECKED_OUT_ID, checkedOut ? ObjectId.of(node.id(), ObjectId.PWC) : null);
        result.string(PropertyIds.CHECKIN_COMMENT, version == null ? null : version.comment());
        result.integer(PropertyIds.CONTENT_STREAM_LENGTH, content == null ? null : BigInteger.valueOf(content.size()));
        result.string(PropertyIds.CONTENT_STREAM_MIME_TYPE, content == null ? null : content.mimeType());
        result.string(PropertyIds.CONTENT_STREAM_FILE_NAME, content == null ? null
                : (version == null ? node.name() : version.name()));
        result.id(PropertyIds.CONTENT_STREAM_ID, content == null ? null : content.hash());
    }

    private boolean isLatestMajor(Subject subject, String label, String user) {
        if (subject.isLatest()) {
            return true;
        }
        return nodes.versions(subject.node().id(), user).stream().map(Version::label).filter(l -> l.minor() == 0)
                .findFirst().map(l -> l.toString().equals(label)).orElse(false);
    }

    /** The folder's path from the root, e.g. {@code /Revenue/A-12011}. */
    public String path(Node folder) {
        if (folder.parentId() == null) {
            return "/";
        }
        List<String> names = new ArrayList<>();
        nodes.ancestors(folder).stream().skip(1).forEach(n -> names.add(n.name()));
        names.add(folder.name());
        return "/" + String.join("/", names);
    }

    /** Collects properties, keeping only those the filter asks for, typed by their definitions. */
    private static final class Properties {
        private final Filter filter;
        private final Map<String, PropertyDefinition<?>> definitions = new LinkedHashMap<>();
        private final PropertiesImpl properties = new PropertiesImpl();

        Properties(Filter filter, TypeDefinition type) {
            this.filter = filter;
            definitions.putAll(type.getPropertyDefinitions());
        }

        void id(String id, String value) {
            add(id, PropertyType.ID, value == null ? List.of() : List.of(value));
        }

        void ids(String id, List<String> values) {
            add(id, PropertyType.ID, values);
        }

        void string(String id, String value) {
            add(id, PropertyType.STRING, value == null ? List.of() : List.of(value));
        }

        void bool(String id, boolean value) {
            add(id, PropertyType.BOOLEAN, List.of(value));
        }

        void integer(String id, BigInteger value) {
            add(id, PropertyType.INTEGER, value == null ? List.of() : List.of(value));
        }

        void dateTime(String id, Instant value) {
            add(id, PropertyType.DATETIME, List.of(PropertyValues.calendar(value)));
        }

        void model(String id, List<Object> values) {
            Object first = values.getFirst();
            PropertyType type = switch (first) {
                case BigInteger i -> PropertyType.INTEGER;
                case BigDecimal d -> PropertyType.DECIMAL;
                case Boolean b -> PropertyType.BOOLEAN;
                case GregorianCalendar c -> PropertyType.DATETIME;
                default -> PropertyType.STRING;
            };
            add(id, type, values);
        }

        @SuppressWarnings("unchecked")
        private void add(String id, PropertyType type, List<?> values) {
            if (!filter.includes(id)) {
                return;
            }
            AbstractPropertyData<?> data = switch (type) {
                case ID -> new PropertyIdImpl(id, (List<String>) values);
                case INTEGER -> new PropertyIntegerImpl(id, (List<BigInteger>) values);
                case DECIMAL -> new PropertyDecimalImpl(id, (List<BigDecimal>) values);
                case BOOLEAN -> new PropertyBooleanImpl(id, (List<Boolean>) values);
                case DATETIME -> new PropertyDateTimeImpl(id, (List<GregorianCalendar>) values);
                default -> new PropertyStringImpl(id, (List<String>) values);
            };
            data.setQueryName(id);
            data.setLocalName(id.substring(id.indexOf(':') + 1));
            PropertyDefinition<?> definition = definitions.get(id);
            data.setDisplayName(definition == null ? id : definition.getDisplayName());
            properties.addProperty((PropertyData<?>) data);
        }

        void unset(java.util.Collection<PropertyDefinition<?>> all) {
            for (PropertyDefinition<?> definition : all) {
                if (!properties.getProperties().containsKey(definition.getId())) {
                    add(definition.getId(), definition.getPropertyType(), List.of());
                }
            }
        }

        PropertiesImpl build() {
            return properties;
        }
    }
}
