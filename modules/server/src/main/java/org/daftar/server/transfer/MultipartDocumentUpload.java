package org.daftar.server.transfer;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.daftar.repository.node.NewContent;
import org.daftar.repository.node.NewNode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code multipart/form-data} document upload as a stream: the metadata fields first, then the file part,
 * whose bytes go straight to the repository without being buffered in memory or spooled by the servlet container.
 *
 * <p>Fields: {@code name} (default: the file's name), {@code type} (default {@code cm:content}), {@code aspects}
 * (comma-separated or repeated), {@code properties} (a JSON object) and any field whose name is a qualified
 * property name such as {@code eo:subject} (repeated for multi-valued properties). Fields after the file part
 * are refused, because the document is already being written when they arrive.
 */
public final class MultipartDocumentUpload {

    private static final int FIELD_LIMIT_BYTES = 1 << 20;
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
        Map<String, List<String>> fields = new LinkedHashMap<>();
        try {
            FileItemInputIterator items = new JakartaServletFileUpload<>().getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (item.isFormField()) {
                    fields.computeIfAbsent(item.getFieldName(), k -> new ArrayList<>()).add(fieldValue(item));
                    continue;
                }
                T result;
                try (InputStream stream = item.getInputStream()) {
                    result = handler.accept(node(parentId, fields, item.getName()), new NewContent(stream, item.getContentType()));
                }
                if (items.hasNext()) {
                    throw new MalformedUploadException("Put the file part last: part '" + items.next().getFieldName()
                            + "' came after the file");
                }
                return result;
            }
        } catch (FileUploadException e) {
            throw new MalformedUploadException("Malformed multipart request: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MalformedUploadException("The upload was interrupted: " + e.getMessage(), e);
        }
        throw new MalformedUploadException("The multipart request has no file part; send the document as a part with a filename");
    }

    private NewNode node(UUID parentId, Map<String, List<String>> fields, String fileName) {
        String name = single(fields, "name");
        if (name == null || name.isBlank()) {
            name = fileName;
        }
        String type = single(fields, "type");
        Set<String> aspects = new LinkedHashSet<>();
        for (String value : fields.getOrDefault("aspects", List.of())) {
            for (String aspect : value.split(",")) {
                if (!aspect.isBlank()) {
                    aspects.add(aspect.strip());
                }
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        String propertiesJson = single(fields, "properties");
        if (propertiesJson != null && !propertiesJson.isBlank()) {
            try {
                properties.putAll(json.readValue(propertiesJson, new TypeReference<Map<String, Object>>() {
                }));
            } catch (JacksonException e) {
                throw new MalformedUploadException("Field 'properties' must be a JSON object: " + e.getOriginalMessage(), e);
            }
        }
        fields.forEach((field, values) -> {
            if (field.contains(":")) {
                properties.put(field, values.size() == 1 ? values.getFirst() : values);
            } else if (!Set.of("name", "type", "aspects", "properties", CSRF_FIELD).contains(field)) {
                throw new MalformedUploadException("Unknown field '" + field
                        + "': use name, type, aspects, properties or a property name such as eo:subject");
            }
        });
        return new NewNode(parentId, name, type == null || type.isBlank() ? DEFAULT_TYPE : type, aspects, properties);
    }

    private static String single(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw new MalformedUploadException("Field '" + name + "' was sent " + values.size() + " times; send it once");
        }
        return values.getFirst();
    }

    private static String fieldValue(FileItemInput item) throws IOException {
        try (InputStream in = item.getInputStream()) {
            byte[] bytes = in.readNBytes(FIELD_LIMIT_BYTES + 1);
            if (bytes.length > FIELD_LIMIT_BYTES) {
                throw new MalformedUploadException("Field '" + item.getFieldName() + "' is longer than " + FIELD_LIMIT_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
