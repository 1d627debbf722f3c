package org.daftar.cmis.query;

import java.util.Set;
import java.util.UUID;

/**
 * Answers CMIS {@code CONTAINS('…')} as a set of node ids; the server supplies one backed by the search index. When
 * none is wired the repository advertises metadata-only queries and refuses CONTAINS.
 */
public interface FullTextMatcher {

    /**
     * The ids of all live nodes matching {@code expression} and readable by one of {@code principals} (every match,
     * not a first page: the caller joins them with the rest of the query in SQL).
     */
    Set<UUID> matching(FullTextExpression expression, Set<String> principals);
}
