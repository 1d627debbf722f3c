package org.daftar.search.query;

import java.util.Arrays;
import java.util.Locale;

/** The facets a search can count and filter by, with their Solr fields. */
public enum Facet {
    OFFICE("office"),
    SECTION("section"),
    TYPE("type"),
    CATEGORY("category"),
    YEAR("year"),
    STATUS("status"),
    GRADING("grading");

    private final String field;

    Facet(String field) {
        this.field = field;
    }

    /** The Solr field counted for this facet. */
    public String field() {
        return field;
    }

    /** The name used in requests and responses: {@code office}, {@code year}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The facet named {@code key}. */
    public static Facet of(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst().orElseThrow(() ->
                new InvalidQueryException("Unknown filter '" + key + "'; use one of office, section, type, category, "
                        + "year, status, grading, number"));
    }
}
