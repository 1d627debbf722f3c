package org.daftar.cmis.service;

import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.daftar.cmis.types.CmisTypes;
import org.daftar.model.DataType;

/**
 * Checks property values as a client typed them, before a binding converts them. The Browser binding reads a
 * boolean with {@code Boolean.valueOf}, so {@code eo:vip=maybe} reached the service as {@code false}; here any
 * boolean text but {@code true} or {@code false} (any case) is refused. Other types are refused by the binding
 * itself when they do not parse.
 */
public final class PropertyText {

    private final CmisTypes types;

    PropertyText(CmisTypes types) {
        this.types = types;
    }

    /**
     * @param properties the values sent for each property id, as text
     * @throws CmisInvalidArgumentException naming the property and the value
     */
    public void check(Map<String, List<String>> properties) {
        if (properties == null) {
            return;
        }
        properties.forEach((id, values) -> {
            boolean bool = types.modelProperty(id).map(p -> p.dataType() == DataType.BOOLEAN).orElse(false);
            if (bool && values != null) {
                for (String value : values) {
                    if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
                        throw new CmisInvalidArgumentException(id + " must be true or false, not '"
                                + shortened(value) + "'");
                    }
                }
            }
        });
    }

    private static String shortened(String value) {
        return value == null ? "" : value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
