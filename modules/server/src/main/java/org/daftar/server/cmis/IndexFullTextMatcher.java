package org.daftar.server.cmis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.daftar.cmis.query.FullTextExpression;
import org.daftar.cmis.query.FullTextMatcher;
import org.daftar.search.query.InvalidQueryException;
import org.daftar.search.query.SearchService;

/**
 * Answers CMIS {@code CONTAINS} from the search index: the parsed expression becomes the search module's text syntax
 * (every term quoted, so nothing in it is read as Solr syntax), and {@link SearchService} collects every matching
 * node under the same access filter as the search API. Lives in the server because it joins two modules that do
 * not know each other.
 */
final class IndexFullTextMatcher implements FullTextMatcher {

    /** More matches than this are refused: the ids travel to PostgreSQL as one array. */
    static final int MAX_MATCHES = 100_000;

    private final SearchService search;

    IndexFullTextMatcher(SearchService search) {
        this.search = search;
    }

    @Override
    public Set<UUID> matching(FullTextExpression expression, Set<String> principals) {
        String text = searchText(expression);
        if (text.isEmpty()) {
            return Set.of();
        }
        try {
            return search.matchingNodeIds(principals, text, MAX_MATCHES);
        } catch (InvalidQueryException e) {
            throw new CmisInvalidArgumentException("CONTAINS: " + e.getMessage(), e);
        }
    }

    /**
     * The search text for {@code expression}: a group's terms all required, groups joined by OR. Terms made only of
     * characters the index ignores are dropped, and a group left without a positive term cannot match.
     */
    static String searchText(FullTextExpression expression) {
        List<String> groups = new ArrayList<>();
        for (FullTextExpression.Conjunct conjunct : expression.alternatives()) {
            List<String> terms = new ArrayList<>();
            boolean positive = false;
            for (FullTextExpression.Term term : conjunct.terms()) {
                String words = term.text().replaceAll("[\"\\\\()]", " ").strip().replaceAll("\\s+", " ");
                if (words.isEmpty()) {
                    continue;
                }
                positive |= !term.negated();
                terms.add((term.negated() ? "-\"" : "\"") + words + "\"");
            }
            if (positive) {
                groups.add(String.join(" ", terms));
            }
        }
        if (groups.size() <= 1) {
            return groups.isEmpty() ? "" : groups.getFirst();
        }
        return String.join(" OR ", groups.stream().map(group -> "( " + group + " )").toList());
    }
}
