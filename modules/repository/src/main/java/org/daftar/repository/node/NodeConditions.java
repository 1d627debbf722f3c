package org.daftar.repository.node;

/**
 * SQL conditions over the node row that need the node table itself (a subtree is a recursive walk), for callers that
 * build a {@link NodeService#select} condition: the table stays named only inside the repository.
 */
public final class NodeConditions {

    private NodeConditions() {
    }

    /**
     * True for the live nodes anywhere below a folder (not the folder itself); one positional parameter, the folder id.
     *
     * @param idColumn the id column of the row the condition is about, e.g. {@code id} or {@code n.id}
     */
    public static String inTree(String idColumn) {
        return idColumn + """
                 IN (WITH RECURSIVE tree AS (
                    SELECT id FROM node WHERE parent_id = ? AND deleted_at IS NULL
                    UNION ALL
                    SELECT c.id FROM node c JOIN tree t ON c.parent_id = t.id WHERE c.deleted_at IS NULL)
                SELECT id FROM tree)""";
    }
}
