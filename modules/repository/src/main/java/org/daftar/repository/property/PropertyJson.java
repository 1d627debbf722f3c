package org.daftar.repository.property;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Stored properties to and from the JSON in {@code jsonb} columns; whole numbers always come back as Long. */
public final class PropertyJson {

    private static final TypeReference<TreeMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    public String write(Map<String, ?> properties) {
        return mapper.writeValueAsString(properties);
    }

    public Map<String, Object> read(String json) {
        return json == null ? new TreeMap<>() : mapper.readValue(json, MAP);
    }
}
