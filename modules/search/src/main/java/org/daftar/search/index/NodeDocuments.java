package org.daftar.search.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.common.SolrInputDocument;
import org.daftar.model.DataType;
import org.daftar.model.PropertyDefinition;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.node.Node;
import org.daftar.repository.text.PageText;

/**
 * Turns a node and its page texts into Solr documents: one per page (page 0 when there is no text), each carrying
 * the node's metadata and readers, with ids {@code <node>!<page>} so that all pages of a node share a shard.
 */
public final class NodeDocuments {

    private final TypeRegistry registry;
    private final ReadAccess access;

    public NodeDocuments(TypeRegistry registry, ReadAccess access) {
        this.registry = registry;
        this.access = access;
    }

    /** The documents for {@code node} with {@code pages} of text (may be empty), stamped {@code indexedAt}. */
    public List<SolrInputDocument> of(Node node, List<PageText> pages, Instant indexedAt) {
        SolrInputDocument metadata = metadata(node, pages.size(), indexedAt);
        if (pages.isEmpty()) {
            return List.of(page(metadata, node, 0, null));
        }
        List<SolrInputDocument> documents = new ArrayList<>(pages.size());
        for (PageText page : pages) {
            documents.add(page(metadata.deepCopy(), node, page.page(), page.text()));
        }
        return documents;
    }

    /** The id of one page's document. */
    public static String id(Object nodeId, int page) {
        return nodeId + "!" + page;
    }

    private SolrInputDocument page(SolrInputDocument document, Node node, int page, String text) {
        document.setField("id", id(node.id(), page));
        document.setField("page", page);
        if (text != null) {
            document.setField("body", text);
        }
        return document;
    }

    private SolrInputDocument metadata(Node node, int pageCount, Instant indexedAt) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField("node_id", node.id().toString());
        doc.setField("pages", pageCount);
        doc.setField("type", node.type());
        doc.setField("types", registry.ancestry(node.type()));
        doc.setField("aspects", node.aspects());
        if (node.parentId() != null) {
            doc.setField("parent_id", node.parentId().toString());
        }
        doc.setField("name", node.name());
        doc.setField("name_sort", node.name());
        if (node.content() != null) {
            doc.setField("mime_type", node.content().mimeType());
        }
        doc.setField("created", Date.from(node.createdAt()));
        doc.setField("modified", Date.from(node.modifiedAt()));
        doc.setField("indexed_at", Date.from(indexedAt));
        doc.setField("readers", access.readers(node));

        Map<String, Object> properties = node.properties();
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            Optional<PropertyDefinition> definition = registry.property(property.getKey());
            if (definition.isEmpty()) {
                continue;
            }
            addProperty(doc, definition.get(), values(property.getValue()));
        }
        text(properties, IndexFields.SUBJECT).or(() -> text(properties, IndexFields.TITLE))
                .ifPresent(subject -> doc.setField("subject", subject));
        text(properties, IndexFields.OFFICE).ifPresent(v -> doc.setField("office", v));
        text(properties, IndexFields.SECTION).ifPresent(v -> doc.setField("section", v));
        text(properties, IndexFields.CATEGORY).ifPresent(v -> doc.setField("category", v));
        text(properties, IndexFields.GRADING).ifPresent(v -> doc.setField("grading", v));
        doc.setField("year", year(node, properties));
        return doc;
    }

    private void addProperty(SolrInputDocument doc, PropertyDefinition definition, List<Object> values) {
        String name = definition.name();
        DataType type = definition.dataType();
        for (Object value : values) {
            switch (type) {
                case TEXT, MLTEXT -> {
                    String text = String.valueOf(value);
                    doc.addField(IndexFields.dynamicField(name, "_s"), text);
                    if (IndexFields.isNumber(name)) {
                        doc.addField("number", text);
                    } else if (IndexFields.isStatus(name)) {
                        doc.setField("status", text);
                    } else if (IndexFields.isDesk(name)) {
                        doc.addField("desk", text);
                    } else if (!name.equals(IndexFields.SUBJECT)) {
                        doc.addField("meta_txt", text);
                    }
                }
                case INT, LONG -> {
                    doc.addField(IndexFields.dynamicField(name, "_l"), value);
                    if (IndexFields.isNumber(name)) {
                        doc.addField("number", String.valueOf(value));
                    }
                }
                case FLOAT, DOUBLE -> doc.addField(IndexFields.dynamicField(name, "_d"), value);
                case BOOLEAN -> doc.addField(IndexFields.dynamicField(name, "_b"), value);
                case DATE, DATETIME -> instant(value).ifPresent(instant ->
                        doc.addField(IndexFields.dynamicField(name, "_dt"), Date.from(instant)));
                default -> doc.addField(IndexFields.dynamicField(name, "_s"), String.valueOf(value));
            }
        }
    }

    private static int year(Node node, Map<String, Object> properties) {
        for (String source : IndexFields.YEAR_SOURCES) {
            Optional<Instant> date = text(properties, source).flatMap(NodeDocuments::instant);
            if (date.isPresent()) {
                return date.get().atZone(ZoneOffset.UTC).getYear();
            }
        }
        return node.createdAt().atZone(ZoneOffset.UTC).getYear();
    }

    private static Optional<String> text(Map<String, Object> properties, String name) {
        Object value = properties.get(name);
        if (value instanceof Collection<?> list) {
            value = list.isEmpty() ? null : list.iterator().next();
        }
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    private static List<Object> values(Object value) {
        if (value instanceof Collection<?> list) {
            return new ArrayList<>(list);
        }
        return value == null ? List.of() : List.of(value);
    }

    private static Optional<Instant> instant(Object value) {
        String text = String.valueOf(value);
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
