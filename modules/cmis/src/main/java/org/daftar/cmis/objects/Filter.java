package org.daftar.cmis.objects;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.chemistry.opencmis.commons.PropertyIds;

/** A CMIS property filter ({@code *}, or a comma-separated list of query names, always with the object's ids). */
public record Filter(Set<String> names) {

    public static final Filter ALL = new Filter(null);

    public static Filter parse(String filter) {
        if (filter == null || filter.isBlank() || filter.strip().equals("*")) {
            return ALL;
        }
        Set<String> names = Arrays.stream(filter.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (names.contains("*")) {
            return ALL;
        }
        names.addAll(Set.of(PropertyIds.OBJECT_ID, PropertyIds.OBJECT_TYPE_ID, PropertyIds.BASE_TYPE_ID));
        return new Filter(Set.copyOf(names));
    }

    public boolean includes(String queryName) {
        return names == null || names.contains(queryName);
    }
}
