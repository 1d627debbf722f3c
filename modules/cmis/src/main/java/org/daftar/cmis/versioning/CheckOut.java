package org.daftar.cmis.versioning;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A checked-out document: who holds it and the changes made to its private working copy so far.
 *
 * @param pendingName       a new name for the next version, or {@code null} to keep it
 * @param pendingProperties property changes for the next version ({@code null} values remove)
 */
public record CheckOut(UUID nodeId, String checkedOutBy, Instant checkedOutAt, String pendingName,
                       Map<String, Object> pendingProperties, Instant modifiedAt) {

    public CheckOut {
        pendingProperties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pendingProperties));
    }
}
