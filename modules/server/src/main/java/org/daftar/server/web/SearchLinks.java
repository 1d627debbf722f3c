package org.daftar.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.daftar.search.query.Facet;

/**
 * The search page's links to itself: the same text and filters at another page, or with one more facet value, so
 * that paging or narrowing never drops a filter already chosen.
 *
 * @param q       the search text
 * @param filters the facet filters in force, by facet name
 */
public record SearchLinks(String q, Map<String, String> filters) {

    public SearchLinks {
        filters = Map.copyOf(new LinkedHashMap<>(filters));
    }

    /** The facet filters a request asks for, by facet name, read with {@code parameter}; blank values are none. */
    public static Map<String, String> filters(Function<String, String> parameter) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            String value = parameter.apply(facet.key());
            if (value != null && !value.isBlank()) {
                filters.put(facet.key(), value);
            }
        }
        return filters;
    }

    /** The same search at {@code page} (1-based). */
    public String page(int page) {
        return link(filters, page);
    }

    /** The search with {@code facet} set to {@code value} (replacing that facet's value if set), from page 1. */
    public String with(String facet, String value) {
        Map<String, String> narrowed = new LinkedHashMap<>(filters);
        narrowed.put(facet, value);
        return link(narrowed, 1);
    }

    private String link(Map<String, String> chosen, int page) {
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        if (!q.isBlank()) {
            parameters.add("q=" + encode(q));
        }
        chosen.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(f -> parameters.add(encode(f.getKey()) + "=" + encode(f.getValue())));
        if (page > 1) {
            parameters.add("page=" + page);
        }
        return "/search" + parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
