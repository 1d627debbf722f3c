package org.daftar.server.transfer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code multipart/form-data} document upload (through {@link StreamedMultipart}): the metadata fields first, then the file part,
 * whose bytes go straight to the repository without being buffered in memory or spooled by the servlet container.
 *
 * <p>Fields: {@code name} (default: the file's name), {@code type} (default {@code cm:content}), {@code aspects}
 * (comma-separated or repeated), {@code properties} (a JSON object) and any field whose name is a qualified
 * property name such as {@code eo:subject} (repeated for multi-valued properties). Fields after the file part
 * are refused, because the document is already being written when they arrive.
 */
public final class MultipartDocumentUpload {

    private static final String DEFAULT_TYPE = "cm:content";
    /** The CSRF token field that web forms carry (its value is checked from the query string by Spring Security). */
    private static final String CSRF_FIELD = "_csrf";

    /** What to do with the parsed request while its file part is open. */
    public interface Handler<T> {
        T accept(NewNode node, NewContent content);
    }

    private final JsonMapper json;

    public MultipartDocumentUpload(JsonMapper json) {
        this.json = json;
    }

    /**
     * Reads the request and calls {@code handler} with the document's metadata and its open content stream.
     *
     * @throws MalformedUploadException when the request is not a well-formed document upload
     */
    public <T> T read(HttpServletRequest request, UUID parentId, Handler<T> handler) {
        return StreamedMultipart.read(request,
                (fields, fileName, contentType, content) ->
                        handler.accept(node(parentId, fields, fileName), new NewContent(content, contentType)),
                fields -> {
                    throw new MalformedUploadException(
                            "The multipart request has no file part; send the document as a part with a filename");
                });
    }

    private NewNode node(UUID parentId, StreamedMultipart.Fields fields, String fileName) {
        String name = fields.single("name");
        if (name == null || name.isBlank()) {
            name = fileName;
        }
        String type = fields.single("type");
        Set<String> aspects = new LinkedHashSet<>();
        for (String value : fields.values().getOrDefault("aspects", List.of())) {
            for (String aspect : value.split(",")) {
                if (!aspect.isBlank()) {
                    aspects.add(aspect.strip());
                }
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        String propertiesJson = fields.single("properties");
        if (propertiesJson != null && !propertiesJson.isBlank()) {
            try {
                properties.putAll(json.readValue(propertiesJson, new TypeReference<Map<String, Object>>() {
                }));
            } catch (JacksonException e) {
                throw new MalformedUploadException("Field 'properties' must be a JSON object: " + e.getOriginalMessage(), e);
            }
        }
        fields.values().forEach((field, values) -> {
            if (field.contains(":")) {
                properties.put(field, values.size() == 1 ? values.getFirst() : values);
            } else if (!Set.of("name", "type", "aspects", "properties", CSRF_FIELD).contains(field)) {
                throw new MalformedUploadException("Unknown field '" + field
                        + "': use name, type, aspects, properties or a property name such as eo:subject");
            }
        });
        return new NewNode(parentId, name, type == null || type.isBlank() ? DEFAULT_TYPE : type, aspects, properties);
    }
}
