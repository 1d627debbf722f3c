package org.daftar.cmis.query;

import java.util.Set;
import java.util.UUID;

/** Answers CMIS {@code CONTAINS('…')} for the user's principals; supplied by the search module when it is wired. */
public interface FullTextMatcher {

    /** The ids of live nodes matching the full-text expression and readable by one of {@code principals}. */
    Set<UUID> matching(String containsExpression, Set<String> principals);
}
