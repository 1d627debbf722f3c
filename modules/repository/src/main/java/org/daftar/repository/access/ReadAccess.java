package org.daftar.repository.access;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import org.daftar.repository.node.Node;

/**
 * Who may read a node, expressed as principals so that it can be checked in memory and also indexed (search
 * filters on the same principals inside the query, never after paging). Principals are strings:
 * {@code user:<username>}, {@code desk:<id>}, {@code section:<id>}, {@code office:<id>}, {@link #EVERYONE}.
 *
 * <p>The repository ships {@link GradingReadAccess}; the e-Office module supplies the office rules (desks that held
 * a file, its section, grading) as its own implementation.
 */
public interface ReadAccess {

    /** The principal every signed-in user has. */
    String EVERYONE = "group:everyone";

    /** The principals allowed to read {@code node}. */
    Set<String> readers(Node node);

    /** The principals {@code username} acts as (always including {@code user:<username>} and {@link #EVERYONE}). */
    Set<String> principals(String username);

    /**
     * The same rule as SQL over the {@code node} row aliased {@code alias}, for a holder of {@code principals}: true
     * exactly where {@link #readers} shares a principal with them. Empty when the rule cannot be said in SQL; callers
     * then check {@link #readers} in memory.
     */
    default Optional<ReadableCondition> readableCondition(String alias, Set<String> principals) {
        return Optional.empty();
    }

    /** The user names among {@code principals} ({@code user:<name>}). */
    static String[] usernames(Set<String> principals) {
        return principals.stream().filter(p -> p.startsWith("user:")).map(p -> p.substring("user:".length()))
                .toArray(String[]::new);
    }

    /** Whether {@code username} may read {@code node}. */
    default boolean canRead(String username, Node node) {
        return !Collections.disjoint(readers(node), principals(username));
    }

    /** The principal of a user. */
    static String user(String username) {
        return "user:" + username;
    }
}
