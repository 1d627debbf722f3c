package org.daftar.cmis.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.antlr.runtime.tree.Tree;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectListImpl;
import org.apache.chemistry.opencmis.server.support.query.ColumnReference;
import org.apache.chemistry.opencmis.server.support.query.QueryObject;
import org.apache.chemistry.opencmis.server.support.query.QueryUtilStrict;
import org.daftar.cmis.objects.Filter;
import org.daftar.cmis.objects.ObjectBuilder;
import org.daftar.cmis.objects.Permissions;
import org.daftar.cmis.objects.Subjects;
import org.daftar.cmis.types.CmisTypeIds;
import org.daftar.cmis.types.CmisTypes;
import org.daftar.model.PropertyDefinition;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.node.Node;
import org.daftar.repository.node.NodeRowMapper;
import org.daftar.repository.node.ReadableNodes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Answers CMIS queries: the statement is parsed and checked against the types by OpenCMIS's CMIS-QL parser,
 * then the FROM type and WHERE tree become one SQL statement over live nodes, with the access rule's SQL form
 * ({@link ReadableNodes}) so the database pages and counts; a rule without one is applied to rows read in batches
 * before paging. Either way a user's pages contain only what the user may read.
 */
public final class CmisQueries {

    private static final int BATCH = 200;

    private final CmisTypes types;
    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final ObjectBuilder objects;
    private final Permissions permissions;
    private final ReadAccess access;
    private final Optional<FullTextMatcher> fullText;
    private final ReadableNodes readable;
    private final QueryTypes queryTypes;
    private final QueryLimits limits = QueryLimits.STANDARD;
    private final NodeRowMapper rows = new NodeRowMapper();

    public CmisQueries(CmisTypes types, JdbcClient jdbc, Subjects subjects, ObjectBuilder objects,
                       Permissions permissions, ReadAccess access, Optional<FullTextMatcher> fullText,
                       ReadableNodes readable) {
        this.types = types;
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.objects = objects;
        this.permissions = permissions;
        this.access = access;
        this.fullText = fullText;
        this.readable = readable;
        this.queryTypes = new QueryTypes(types);
    }

    public boolean fullTextAvailable() {
        return fullText.isPresent();
    }

    public ObjectList query(String statement, String user, boolean actions, int maxItems, int skip) {
        if (statement == null || statement.isBlank()) {
            throw new CmisInvalidArgumentException("A query statement is required");
        }
        limits.check(statement);
        StringLiterals.check(statement);
        try {
            return answer(statement, user, actions, maxItems, skip);
        } catch (StackOverflowError e) {
            // Last resort: QueryLimits should keep every statement well inside the stack.
            throw new CmisInvalidArgumentException("The query is nested too deeply; simplify it");
        }
    }

    private ObjectList answer(String statement, String user, boolean actions, int maxItems, int skip) {
        // CONTAINS text stays a string literal (parseFulltext=false): FullTextExpression parses it with its own messages.
        QueryUtilStrict parsed = new QueryUtilStrict(statement, queryTypes, null, false);
        parsed.processStatementUsingCmisExceptions();
        QueryObject query = parsed.getQueryObject();
        TypeDefinition from = query.getMainFromName();
        if (query.getTypes().size() > 1) {
            throw new CmisInvalidArgumentException("Joins are not supported");
        }
        SqlCondition condition = new SqlCondition(query, expression -> contains(expression, user),
                id -> types.modelProperty(id).map(PropertyDefinition::dataType).orElse(null), limits);
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("deleted_at IS NULL AND ");
        where.append(typeCondition(from, parameters));
        Tree tree = parsed.getWalker().getWherePredicateTree();
        if (tree != null) {
            where.append(" AND ").append(condition.where(tree));
            parameters.addAll(condition.parameters);
        }
        List<String> order = new ArrayList<>();
        for (QueryObject.SortSpec sort : query.getOrderBys()) {
            order.add(condition.orderColumn((ColumnReference) sort.getSelector()) + (sort.isAscending() ? " ASC" : " DESC"));
        }
        order.add("id");
        String orderBy = String.join(", ", order);
        Filter filter = selectFilter(query);

        Optional<ReadableNodes.Page> paged = readable.page(where.toString(), parameters, orderBy, user, skip, maxItems);
        if (paged.isPresent()) {
            List<ObjectData> page = new ArrayList<>();
            for (var subject : subjects.latest(paged.get().nodes())) {
                page.add(withAliases(objects.build(subject, user, filter, actions, false), query));
            }
            ObjectListImpl list = new ObjectListImpl();
            list.setObjects(page);
            list.setNumItems(BigInteger.valueOf(paged.get().total()));
            list.setHasMoreItems(skip + paged.get().nodes().size() < paged.get().total());
            return list;
        }
        return filtered("SELECT * FROM node WHERE " + where + " ORDER BY " + orderBy + " OFFSET ? LIMIT ?",
                parameters, query, filter, user, actions, maxItems, skip);
    }

    /** Without a SQL form of the access rule: rows in batches, filtered here before paging. */
    private ObjectList filtered(String sql, List<Object> parameters, QueryObject query, Filter filter, String user,
                                boolean actions, int maxItems, int skip) {
        List<ObjectData> page = new ArrayList<>();
        long visible = 0;
        boolean more = false;
        scan:
        for (int offset = 0; ; offset += BATCH) {
            List<Object> batchParameters = new ArrayList<>(parameters);
            batchParameters.add(offset);
            batchParameters.add(BATCH);
            List<Node> batch = jdbc.sql(sql).params(batchParameters).query(rows).list();
            for (Node node : batch) {
                if (!permissions.canRead(user, node)) {
                    continue;
                }
                if (visible >= skip) {
                    if (page.size() == maxItems) {
                        more = true;
                        break scan;
                    }
                    page.add(withAliases(objects.build(subjects.latest(node), user, filter, actions, false), query));
                }
                visible++;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        ObjectListImpl list = new ObjectListImpl();
        list.setObjects(page);
        list.setHasMoreItems(more);
        list.setNumItems(more ? null : BigInteger.valueOf(visible));
        return list;
    }

    /** Properties selected with {@code AS alias} are reported under the alias as their query name. */
    private static ObjectData withAliases(ObjectData object, QueryObject query) {
        for (var selector : query.getSelectReferences()) {
            if (selector instanceof ColumnReference column && column.getAliasName() != null) {
                var property = object.getProperties().getProperties().get(column.getPropertyId());
                if (property instanceof org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractPropertyData<?> data) {
                    data.setQueryName(column.getAliasName());
                }
            }
        }
        return object;
    }

    private Set<UUID> contains(String text, String user) {
        FullTextMatcher matcher = fullText.orElseThrow(() ->
                new CmisInvalidArgumentException("full-text search is not available"));
        return matcher.matching(FullTextExpression.parse(text), access.principals(user));
    }

    private String typeCondition(TypeDefinition from, List<Object> parameters) {
        String id = from.getId();
        if (from.getBaseTypeId() == BaseTypeId.CMIS_SECONDARY) {
            if (id.equals(BaseTypeId.CMIS_SECONDARY.value())) {
                throw new CmisInvalidArgumentException("Query a specific secondary type, not cmis:secondary");
            }
            parameters.add(CmisTypeIds.modelName(id));
            return "? = ANY(aspects)";
        }
        boolean folder = from.getBaseTypeId() == BaseTypeId.CMIS_FOLDER;
        if (from.getBaseTypeId() != BaseTypeId.CMIS_DOCUMENT && !folder) {
            throw new CmisInvalidArgumentException("Type '" + id + "' cannot be queried");
        }
        Set<String> modelTypes = new LinkedHashSet<>();
        collect(from, modelTypes);
        parameters.add(folder);
        parameters.add(modelTypes.toArray(String[]::new));
        return "is_folder = ? AND type = ANY(?)";
    }

    private void collect(TypeDefinition type, Set<String> modelTypes) {
        modelTypes.add(CmisTypeIds.modelName(type.getId()));
        for (TypeDefinition candidate : types.all().values()) {
            if (type.getId().equals(candidate.getParentTypeId())) {
                collect(candidate, modelTypes);
            }
        }
    }

    private static Filter selectFilter(QueryObject query) {
        Set<String> names = query.getSelectReferences().stream()
                .map(selector -> selector instanceof ColumnReference column ? column.getPropertyQueryName() : "*")
                .collect(Collectors.toSet());
        return names.contains("*") ? Filter.ALL : Filter.parse(String.join(",", names));
    }
}
