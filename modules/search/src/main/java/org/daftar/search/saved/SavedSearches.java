package org.daftar.search.saved;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.search.query.Facet;
import org.daftar.search.saved.SavedSearchRefusedException.Reason;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Each user's saved searches ({@code saved_search}, {@code saved_search_filter}); names unique per user. */
public final class SavedSearches {

    /** The longest name kept (characters). */
    public static final int MAX_NAME = 100;
    private static final int MAX_QUERY = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public SavedSearches(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** A user's saved searches by name. */
    public List<SavedSearch> list(String username) {
        List<SavedSearch> searches = jdbc.sql("""
                SELECT id, name, query, created_at FROM saved_search WHERE username = ? ORDER BY name, id
                """).param(username).query((rs, row) -> new SavedSearch(rs.getLong("id"), rs.getString("name"),
                rs.getString("query"), new LinkedHashMap<>(), rs.getTimestamp("created_at").toInstant())).list();
        if (searches.isEmpty()) {
            return searches;
        }
        Map<Long, SavedSearch> byId = new LinkedHashMap<>();
        searches.forEach(s -> byId.put(s.id(), s));
        jdbc.sql("""
                SELECT f.saved_search_id, f.facet, f.value FROM saved_search_filter f
                JOIN saved_search s ON s.id = f.saved_search_id WHERE s.username = ?
                """).param(username).query(rs -> {
            byId.get(rs.getLong(1)).filters().put(rs.getString(2), rs.getString(3));
        });
        List<SavedSearch> ordered = new ArrayList<>();
        for (SavedSearch s : searches) {
            ordered.add(new SavedSearch(s.id(), s.name(), s.query(), inFacetOrder(s.filters()), s.createdAt()));
        }
        return ordered;
    }

    /** One of the user's saved searches; empty when it is not theirs or does not exist. */
    public Optional<SavedSearch> find(String username, long id) {
        return list(username).stream().filter(s -> s.id() == id).findFirst();
    }

    /**
     * Keeps a search under a name.
     *
     * @throws SavedSearchRefusedException for a blank or too long name, one the user already has, an empty search
     */
    public SavedSearch save(String username, String name, String query, Map<String, String> filters) {
        String cleanName = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        String cleanQuery = query == null ? "" : query.strip();
        if (cleanName.isEmpty()) {
            throw new SavedSearchRefusedException(Reason.NAME_MISSING, "Give the search a name");
        }
        if (cleanName.length() > MAX_NAME) {
            throw new SavedSearchRefusedException(Reason.NAME_TOO_LONG, "A name may have at most " + MAX_NAME + " characters");
        }
        if (cleanQuery.length() > MAX_QUERY) {
            throw new SavedSearchRefusedException(Reason.QUERY_TOO_LONG, "A query may have at most " + MAX_QUERY + " characters");
        }
        Map<String, String> cleanFilters = new LinkedHashMap<>();
        filters.forEach((facet, value) -> {
            if (java.util.Arrays.stream(Facet.values()).noneMatch(f -> f.key().equals(facet))) {
                throw new SavedSearchRefusedException(Reason.UNKNOWN_FILTER, "No facet '" + facet + "'");
            }
            if (value != null && !value.isBlank()) {
                cleanFilters.put(facet, value.strip());
            }
        });
        if (cleanQuery.isEmpty() && cleanFilters.isEmpty()) {
            throw new SavedSearchRefusedException(Reason.NOTHING_TO_SAVE, "Search for something before saving the search");
        }
        try {
            return transactions.execute(status -> {
                long id = jdbc.sql("INSERT INTO saved_search (username, name, query) VALUES (?, ?, ?) RETURNING id")
                        .params(username, cleanName, cleanQuery).query(Long.class).single();
                cleanFilters.forEach((facet, value) -> jdbc.sql(
                                "INSERT INTO saved_search_filter (saved_search_id, facet, value) VALUES (?, ?, ?)")
                        .params(id, facet, value).update());
                return find(username, id).orElseThrow();
            });
        } catch (DuplicateKeyException e) {
            throw new SavedSearchRefusedException(Reason.NAME_TAKEN, "You already have a saved search named '" + cleanName + "'");
        }
    }

    /** Removes one of the user's saved searches; false when there was none of that id for them. */
    public boolean delete(String username, long id) {
        return jdbc.sql("DELETE FROM saved_search WHERE id = ? AND username = ?").params(id, username).update() == 1;
    }

    private static Map<String, String> inFacetOrder(Map<String, String> filters) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (filters.containsKey(facet.key())) {
                ordered.put(facet.key(), filters.get(facet.key()));
            }
        }
        return ordered;
    }
}
