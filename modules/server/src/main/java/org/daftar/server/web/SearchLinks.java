package org.daftar.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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
        StringBuilder link = new StringBuilder("/search?q=").append(encode(q));
        chosen.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(f -> link.append('&').append(encode(f.getKey())).append('=').append(encode(f.getValue())));
        if (page > 1) {
            link.append("&page=").append(page);
        }
        return link.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
