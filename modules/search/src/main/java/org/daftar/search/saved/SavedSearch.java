package org.daftar.search.saved;

import java.time.Instant;
import java.util.Map;

/**
 * A search kept under a name.
 *
 * @param filters facet key (office, year, …) to the value filtered by, in facet order
 */
public record SavedSearch(long id, String name, String query, Map<String, String> filters, Instant createdAt) {
}
