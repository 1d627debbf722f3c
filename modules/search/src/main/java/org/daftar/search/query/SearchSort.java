package org.daftar.search.query;

import java.util.Locale;

/** How results are ordered. */
public enum SearchSort {
    RELEVANCE("score desc, modified desc"),
    MODIFIED("modified desc"),
    MODIFIED_ASC("modified asc"),
    CREATED("created desc"),
    NAME("name_sort asc");

    private final String solr;

    SearchSort(String solr) {
        this.solr = solr;
    }

    String solr() {
        return solr + ", id asc";
    }

    /** Parses {@code relevance}, {@code modified}, {@code modified-asc}, {@code created}, {@code name}. */
    public static SearchSort parse(String text) {
        if (text == null || text.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("Unknown sort '" + text + "'; use relevance, modified, modified-asc, "
                    + "created or name");
        }
    }
}
