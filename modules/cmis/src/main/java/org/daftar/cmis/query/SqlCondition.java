package org.daftar.cmis.query;

import static org.apache.chemistry.opencmis.server.support.query.CmisQlStrictLexer.*;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.antlr.runtime.tree.Tree;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.server.support.query.CalendarHelper;
import org.apache.chemistry.opencmis.server.support.query.ColumnReference;
import org.apache.chemistry.opencmis.server.support.query.QueryObject;
import org.daftar.cmis.objects.ObjectId;
import org.daftar.cmis.types.CmisTypeIds;
import org.daftar.model.DataType;

/**
 * Turns a parsed CMIS-QL WHERE tree into a SQL condition over the {@code node} table with positional parameters:
 * {@code cmis:} properties map to the hot columns, model properties to {@code properties} jsonb values cast to their
 * type. {@code CONTAINS} is answered by the {@link FullTextMatcher} as a set of node ids.
 */
final class SqlCondition {

    private final QueryObject query;
    private final Function<String, Set<UUID>> fullText;
    private final Function<String, DataType> modelType;
    private final QueryLimits limits;
    final List<Object> parameters = new ArrayList<>();
    private int literals;

    SqlCondition(QueryObject query, Function<String, Set<UUID>> fullText, Function<String, DataType> modelType,
                 QueryLimits limits) {
        this.query = query;
        this.fullText = fullText;
        this.modelType = modelType;
        this.limits = limits;
    }

    String where(Tree node) {
        return switch (node.getType()) {
            case AND -> "(" + where(node.getChild(0)) + " AND " + where(node.getChild(1)) + ")";
            case OR -> "(" + where(node.getChild(0)) + " OR " + where(node.getChild(1)) + ")";
            case NOT -> "(NOT " + where(node.getChild(0)) + ")";
            case EQ -> compare(node, "=");
            case NEQ -> compare(node, "<>");
            case GT -> compare(node, ">");
            case GTEQ -> compare(node, ">=");
            case LT -> compare(node, "<");
            case LTEQ -> compare(node, "<=");
            case LIKE -> like(node, false);
            case NOT_LIKE -> like(node, true);
            case IN -> in(node, false);
            case NOT_IN -> in(node, true);
            case IS_NULL -> column(node.getChild(0)).sql + " IS NULL";
            case IS_NOT_NULL -> column(node.getChild(0)).sql + " IS NOT NULL";
            case EQ_ANY -> any(node);
            case IN_ANY -> inAny(node, false);
            case NOT_IN_ANY -> inAny(node, true);
            case IN_FOLDER -> {
                parameters.add(folderId(node));
                yield "parent_id = ?";
            }
            case IN_TREE -> {
                parameters.add(folderId(node));
                yield org.daftar.repository.node.NodeConditions.inTree("id");
            }
            case CONTAINS -> {
                String expression = node.getChild(node.getChildCount() - 1).getText();
                if (expression.length() >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
                    expression = StringLiterals.unescape(expression.substring(1, expression.length() - 1));
                }
                parameters.add(fullText.apply(expression).toArray(UUID[]::new));
                yield "id = ANY(?)";
            }
            default -> throw new CmisInvalidArgumentException("Unsupported query predicate: " + node.getText());
        };
    }

    /** The SQL of a column for ORDER BY. */
    String orderColumn(ColumnReference reference) {
        Column column = column(reference);
        if (column.multi) {
            throw new CmisInvalidArgumentException("Cannot order by multi-valued property '" + reference.getPropertyQueryName() + "'");
        }
        return column.sql;
    }

    private String compare(Tree node, String operator) {
        Column column = column(node.getChild(0));
        if (column.multi) {
            throw new CmisInvalidArgumentException("Property '" + column.id + "' is multi-valued; use ANY");
        }
        parameters.add(value(column, literal(node.getChild(1))));
        return column.sql + " " + operator + " ?";
    }

    private String like(Tree node, boolean negated) {
        Column column = column(node.getChild(0));
        if (column.type != PropertyType.STRING && column.type != PropertyType.ID) {
            throw new CmisInvalidArgumentException("LIKE needs a string property, not '" + column.id + "'");
        }
        parameters.add(literal(node.getChild(1)).toString());
        return column.sql + (negated ? " NOT LIKE ?" : " LIKE ?");
    }

    private String in(Tree node, boolean negated) {
        Column column = column(node.getChild(0));
        List<String> marks = new ArrayList<>();
        for (Object value : list(node.getChild(1))) {
            parameters.add(value(column, value));
            marks.add("?");
        }
        return column.sql + (negated ? " NOT IN (" : " IN (") + String.join(", ", marks) + ")";
    }

    private String any(Tree node) {
        Object value = literal(node.getChild(0));
        Column column = column(node.getChild(1));
        parameters.add(String.valueOf(value(column, value)));
        return "EXISTS (SELECT 1 FROM jsonb_array_elements_text(properties->'" + column.id + "') v WHERE v = ?)";
    }

    private String inAny(Tree node, boolean negated) {
        Column column = column(node.getChild(0));
        List<String> values = new ArrayList<>();
        for (Object value : list(node.getChild(1))) {
            values.add(String.valueOf(value(column, value)));
        }
        parameters.add(values.toArray(String[]::new));
        return (negated ? "NOT " : "") + "EXISTS (SELECT 1 FROM jsonb_array_elements_text(properties->'" + column.id
                + "') v WHERE v = ANY(?))";
    }

    private UUID folderId(Tree node) {
        return ObjectId.parse(literal(node.getChild(node.getChildCount() - 1)).toString()).node();
    }

    private List<Object> list(Tree node) {
        limits.checkInList(node.getChildCount());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < node.getChildCount(); i++) {
            values.add(literal(node.getChild(i)));
        }
        return values;
    }

    /** Every literal passes here, so the count bounds the SQL parameters. */
    private Object literal(Tree node) {
        limits.checkValues(++literals);
        String text = node.getText();
        return switch (node.getType()) {
            case STRING_LIT -> StringLiterals.unescape(text.substring(1, text.length() - 1));
            case NUM_LIT -> new BigDecimal(text);
            case BOOL_LIT -> Boolean.parseBoolean(text);
            case TIME_LIT -> CalendarHelper.fromString(text.substring(text.indexOf('\'') + 1, text.length() - 1));
            default -> throw new CmisInvalidArgumentException("Expected a literal value, found: " + text);
        };
    }

    private Object value(Column column, Object literal) {
        return switch (column.type) {
            case DATETIME -> {
                if (!(literal instanceof GregorianCalendar calendar)) {
                    throw new CmisInvalidArgumentException("Property '" + column.id + "' is compared with TIMESTAMP '…'");
                }
                yield column.date ? java.sql.Date.valueOf(calendar.toZonedDateTime()
                        .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate())
                        : Timestamp.from(calendar.toInstant());
            }
            case INTEGER, DECIMAL -> {
                if (!(literal instanceof BigDecimal number)) {
                    throw new CmisInvalidArgumentException("Property '" + column.id + "' is compared with a number");
                }
                yield number;
            }
            case BOOLEAN -> {
                if (!(literal instanceof Boolean b)) {
                    throw new CmisInvalidArgumentException("Property '" + column.id + "' is compared with TRUE or FALSE");
                }
                yield b;
            }
            default -> {
                if (!(literal instanceof String s)) {
                    throw new CmisInvalidArgumentException("Property '" + column.id + "' is compared with a 'string'");
                }
                yield switch (column.id) {
                    case PropertyIds.OBJECT_ID, PropertyIds.PARENT_ID, PropertyIds.VERSION_SERIES_ID ->
                            ObjectId.parse(s).node();
                    case PropertyIds.OBJECT_TYPE_ID -> modelTypeOf(s);
                    case PropertyIds.BASE_TYPE_ID -> s.equals("cmis:folder");
                    default -> s;
                };
            }
        };
    }

    private static String modelTypeOf(String typeId) {
        String model = CmisTypeIds.modelName(typeId);
        return model == null ? typeId : model;
    }

    private Column column(Tree node) {
        if (node.getType() != COL) {
            throw new CmisInvalidArgumentException("Expected a property, found: " + node.getText());
        }
        return column((ColumnReference) query.getColumnReference(node.getTokenStartIndex()));
    }

    private record Column(String id, String sql, PropertyType type, boolean multi, boolean date) {
    }

    private Column column(ColumnReference reference) {
        PropertyDefinition<?> definition = reference.getPropertyDefinition();
        String id = reference.getPropertyId();
        PropertyType type = definition.getPropertyType();
        boolean multi = definition.getCardinality() == Cardinality.MULTI;
        String sql = switch (id) {
            case PropertyIds.NAME, PropertyIds.CONTENT_STREAM_FILE_NAME -> "name";
            case PropertyIds.OBJECT_ID, PropertyIds.VERSION_SERIES_ID -> "id";
            case PropertyIds.PARENT_ID -> "parent_id";
            case PropertyIds.OBJECT_TYPE_ID -> "type";
            case PropertyIds.BASE_TYPE_ID -> "is_folder";
            case PropertyIds.CREATED_BY -> "created_by";
            case PropertyIds.CREATION_DATE -> "created_at";
            case PropertyIds.LAST_MODIFIED_BY -> "modified_by";
            case PropertyIds.LAST_MODIFICATION_DATE -> "modified_at";
            case PropertyIds.CONTENT_STREAM_LENGTH -> "content_size";
            case PropertyIds.CONTENT_STREAM_MIME_TYPE -> "mime_type";
            case PropertyIds.VERSION_LABEL -> "version_label";
            case PropertyIds.DESCRIPTION -> "(properties->>'cm:description')";
            default -> {
                if (id.startsWith("cmis:")) {
                    throw new CmisInvalidArgumentException("Property '" + id + "' cannot be used in a query condition");
                }
                yield modelColumn(id, type, multi);
            }
        };
        boolean date = !id.startsWith("cmis:") && modelType.apply(id) == DataType.DATE;
        return new Column(id, sql, type, multi, date);
    }

    private String modelColumn(String id, PropertyType type, boolean multi) {
        if (!id.matches("[a-z][a-z0-9]*:[A-Za-z][A-Za-z0-9_]*")) {
            throw new CmisInvalidArgumentException("Property '" + id + "' is not a model property");
        }
        if (multi) {
            return "(properties->'" + id + "')";
        }
        String text = "(properties->>'" + id + "')";
        return switch (type) {
            case INTEGER, DECIMAL -> "(" + text + ")::numeric";
            case BOOLEAN -> "(" + text + ")::boolean";
            case DATETIME -> modelType.apply(id) == DataType.DATE ? "(" + text + ")::date" : "(" + text + ")::timestamptz";
            default -> text;
        };
    }
}
