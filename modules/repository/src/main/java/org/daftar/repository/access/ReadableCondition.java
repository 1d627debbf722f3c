package org.daftar.repository.access;

import java.util.List;

/**
 * A SQL condition over a {@code node} row, true exactly for the nodes a set of principals may read: the form of a
 * {@link ReadAccess} rule that lets a listing filter, order and page in one statement.
 *
 * @param sql        a boolean SQL expression with positional {@code ?} parameters, naming the node row by the alias
 *                   the caller gave
 * @param parameters the values of its parameters, in order
 */
public record ReadableCondition(String sql, List<Object> parameters) {

    public ReadableCondition {
        parameters = List.copyOf(parameters);
    }
}
