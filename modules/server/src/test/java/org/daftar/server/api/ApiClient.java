package org.daftar.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the API tests: Basic auth, JSON, and streamed multipart uploads. */
final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final String authorization;

    ApiClient(int port, String user, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response with its body read as bytes. */
    record Response(int status, Map<String, List<String>> headers, byte[] body, JsonMapper mapper) {
        JsonNode json() {
            return mapper.readTree(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    Response postJson(String path, Object body) {
        return send(request(path, "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    /** A JSON POST with extra headers (name, value, ...), e.g. X-Daftar-Desk. */
    Response postJson(String path, Object body, String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/json";
        return send(request(path, all).POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    Response putJson(String path, Object body) {
        return send(request(path, "Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    Response postRaw(String path, String contentType, String body) {
        return send(request(path, "Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response postBytes(String path, String contentType, byte[] body) {
        return send(request(path, "Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response patchJson(String path, Object body) {
        return send(request(path, "Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    Response put(String path, String contentType, byte[] body) {
        return send(request(path, "Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Uploads a document: fields first, then the file part. */
    Response upload(String path, Map<String, String> fields, String fileName, byte[] content) {
        return uploadStream(path, fields, fileName, () -> new java.io.ByteArrayInputStream(content), false);
    }

    /**
     * Uploads with the file part read from a stream; with {@code chunked} the request declares no length, so the
     * server learns the size only by reading.
     */
    Response uploadStream(String path, Map<String, String> fields, String fileName, Supplier<InputStream> content,
                          boolean chunked) {
        String boundary = "daftar-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Supplier<InputStream> body = () -> new SequenceInputStream(Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(headBytes), content.get(), new java.io.ByteArrayInputStream(tailBytes))));
        HttpRequest.BodyPublisher publisher;
        if (chunked) {
            publisher = HttpRequest.BodyPublishers.ofInputStream(body);
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(readAll(body.get()));
        }
        return send(request(path, "Content-Type", "multipart/form-data; boundary=" + boundary).POST(publisher));
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), new LinkedHashMap<>(response.headers().map()), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}
