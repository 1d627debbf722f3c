package org.daftar.cmis.service;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.Properties;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.daftar.cmis.objects.PropertyValues;
import org.daftar.cmis.types.CmisTypeIds;
import org.daftar.cmis.types.CmisTypes;

/**
 * CMIS properties sent by a client, read into what the repository takes: name, model type, secondary types as
 * aspects, and model property values. {@code cmis:description} is stored as {@code cm:description} (aspect
 * {@code cm:titled}), as Alfresco does; other {@code cmis:} properties are set by the repository and ignored.
 *
 * @param secondaryTypes the aspects named by {@code cmis:secondaryObjectTypeIds}, or {@code null} if not sent
 */
record PropertyInput(String name, String typeId, Set<String> secondaryTypes, Map<String, Object> values) {

    private static final String TITLED = "cm:titled";

    static PropertyInput read(Properties properties, CmisTypes types) {
        String name = null;
        String typeId = null;
        Set<String> secondary = null;
        Map<String, Object> values = new LinkedHashMap<>();
        if (properties != null && properties.getPropertyList() != null) {
            for (PropertyData<?> property : properties.getPropertyList()) {
                String id = property.getId();
                switch (id) {
                    case PropertyIds.NAME -> name = (String) single(property);
                    case PropertyIds.OBJECT_TYPE_ID -> typeId = (String) single(property);
                    case PropertyIds.SECONDARY_OBJECT_TYPE_IDS -> secondary = aspects(property.getValues());
                    case PropertyIds.DESCRIPTION -> {
                        Object description = single(property);
                        if (description != null) {
                            values.put("cm:description", description);
                        }
                    }
                    default -> {
                        if (id.startsWith("cmis:")) {
                            continue;
                        }
                        var definition = types.modelProperty(id).orElseThrow(() -> new CmisConstraintException(
                                "Property '" + id + "' is not defined in the Daftar content model"));
                        values.put(id, PropertyValues.fromCmis(definition, property));
                    }
                }
            }
        }
        return new PropertyInput(name, typeId, secondary, values);
    }

    /** The value of a single-valued {@code cmis:} property; a second value is refused, not dropped. */
    private static Object single(PropertyData<?> property) {
        List<?> values = property.getValues();
        if (values != null && values.size() > 1) {
            throw new CmisInvalidArgumentException("Property '" + property.getId() + "' takes one value, not "
                    + values.size());
        }
        return property.getFirstValue();
    }

    private static Set<String> aspects(List<?> typeIds) {
        Set<String> aspects = new LinkedHashSet<>();
        for (Object value : typeIds == null ? List.of() : typeIds) {
            String id = String.valueOf(value);
            if (!id.startsWith(CmisTypeIds.SECONDARY_PREFIX)) {
                throw new CmisInvalidArgumentException("'" + id + "' is not a secondary type (P:prefix:name)");
            }
            aspects.add(id.substring(CmisTypeIds.SECONDARY_PREFIX.length()));
        }
        return aspects;
    }

    /** Aspects to add so the values can be stored: {@code cm:titled} when a description is given. */
    Set<String> requiredAspects() {
        return values.get("cm:description") != null ? Set.of(TITLED) : Set.of();
    }
}
