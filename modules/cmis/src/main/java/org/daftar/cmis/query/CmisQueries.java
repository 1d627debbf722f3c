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
import org.daftar.repository.node.NodeService;
import org.daftar.repository.node.Page;

/**
 * Answers CMIS queries: the statement is parsed and checked against the types by OpenCMIS's CMIS-QL parser,
 * then the FROM type and WHERE tree become one SQL statement over live nodes, with the access rule's SQL form
 * (through {@link NodeService#select}) so the database pages and counts. Either way a user's pages contain only what
 * the user may read.
 */
public final class CmisQueries {

    private final CmisTypes types;
    private final NodeService nodes;
    private final Subjects subjects;
    private final ObjectBuilder objects;
    private final Permissions permissions;
    private final ReadAccess access;
    private final Optional<FullTextMatcher> fullText;
    private final QueryTypes queryTypes;
    private final QueryLimits limits = QueryLimits.STANDARD;

    public CmisQueries(CmisTypes types, NodeService nodes, Subjects subjects, ObjectBuilder objects,
                       Permissions permissions, ReadAccess access, Optional<FullTextMatcher> fullText) {
        this.types = types;
        this.nodes = nodes;
        this.subjects = subjects;
        this.objects = objects;
        this.permissions = permissions;
        this.access = access;
        this.fullText = fullText;
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

        Page<Node> paged = nodes.select(where.toString(), parameters, orderBy, user, skip, maxItems);
        List<ObjectData> page = new ArrayList<>();
        for (var subject : subjects.latest(paged.items())) {
            page.add(withAliases(objects.build(subject, user, filter, actions, false), query));
        }
        ObjectListImpl list = new ObjectListImpl();
        list.setObjects(page);
        list.setNumItems(BigInteger.valueOf(paged.totalItems()));
        list.setHasMoreItems(paged.hasMoreItems());
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
