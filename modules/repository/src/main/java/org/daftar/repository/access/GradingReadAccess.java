package org.daftar.repository.access;

import java.util.List;
import java.util.Optional;
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
    public Optional<ReadableCondition> readableCondition(String alias, Set<String> principals) {
        return Optional.of(condition(alias, principals));
    }

    /** The grading rule as SQL; also the fallback of richer rules for nodes they do not govern. */
    public static ReadableCondition condition(String alias, Set<String> principals) {
        return new ReadableCondition("(CASE WHEN " + alias + ".properties->>'" + GRADING
                + "' IN ('Confidential', 'Secret') THEN " + alias + ".created_by = ANY(?) ELSE ? END)",
                List.of(ReadAccess.usernames(principals), principals.contains(EVERYONE)));
    }

    @Override
    public Set<String> principals(String username) {
        return Set.of(ReadAccess.user(username), EVERYONE);
    }
}
