package org.daftar.repository.access;

import java.util.Set;
import org.daftar.repository.node.Node;

/**
 * The repository's own rule, used until a richer one is configured: nodes graded Confidential or Secret
 * ({@code eo:grading}) are readable only by their creator; everything else by every signed-in user.
 */
public final class GradingReadAccess implements ReadAccess {

    private static final String GRADING = "eo:grading";

    @Override
    public Set<String> readers(Node node) {
        Object grading = node.properties().get(GRADING);
        if ("Confidential".equals(grading) || "Secret".equals(grading)) {
            return Set.of(ReadAccess.user(node.createdBy()));
        }
        return Set.of(EVERYONE);
    }

    @Override
    public Set<String> principals(String username) {
        return Set.of(ReadAccess.user(username), EVERYONE);
    }
}
