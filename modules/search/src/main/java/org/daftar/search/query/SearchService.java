package org.daftar.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.daftar.repository.NodeNotFoundException;
import org.daftar.repository.access.ReadAccess;
import org.daftar.search.solr.SearchUnavailableException;
import org.daftar.search.solr.SolrCollection;

/**
 * Runs searches for a user. The user's principals become a Solr filter query, so hits, totals and facet counts only
 * ever include what the user may read; pages of one node are collapsed to the best-matching page, whose number the
 * hit carries with its snippets.
 */
public final class SearchService {

    /**
     * Fields searched by free text and their weights: exact subject/number/name hits first, Hindi- and
     * English-stemmed text next.
     */
    static final String QUERY_FIELDS = "subject^4 name^3 number_txt^6 number_key^8 body^1 meta_txt^1.5 all_en^0.8 "
            + "all_exact^1.2";
    /**
     * Added when the text has Latin letters: Devanagari words spelt in Latin (looser, so weighted last). A query in
     * Devanagari already matches Devanagari text directly and gets no such loose matches.
     */
    static final String CROSS_SCRIPT_FIELDS = " all_lat^0.6 all_skel^0.15";
    private static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("[A-Za-z]");
    private static final String RETURNED = "id,node_id,page,pages,type,name,subject,number,office,section,status,"
            + "grading,year,modified,score";

    /** Characters of text around the marked words in a snippet. */
    private static final int SNIPPET_SIZE = 180;

    /** Ids fetched per Solr request when collecting every match. */
    private static final int ID_PAGE = 1000;

    private final SolrCollection solr;
    private final ReadAccess access;

    public SearchService(SolrCollection solr, ReadAccess access) {
        this.solr = solr;
        this.access = access;
    }

    /** Searches as {@code username}. */
    public SearchResult search(String username, SearchRequest request) {
        QueryResponse response = run(solrQuery(username, request));
        SearchResult result = result(response, request);
        return request.text().isEmpty() ? result : withCrossScriptMarks(result, response, request.text());
    }

    /**
     * Marks the words of hits that Solr could not highlight because they matched only across scripts (see
     * {@link CrossScriptSnippets}). Their stored text is fetched in one more request, by the ids of hits already
     * returned to this caller, so only searches with such hits pay for it.
     */
    private SearchResult withCrossScriptMarks(SearchResult result, QueryResponse response, String text) {
        List<String> unmarked = new ArrayList<>();
        for (int i = 0; i < result.hits().size(); i++) {
            if (result.hits().get(i).snippets().stream().noneMatch(s -> s.contains("<mark>"))) {
                unmarked.add((String) response.getResults().get(i).getFieldValue("id"));
            }
        }
        if (unmarked.isEmpty()) {
            return result;
        }
        SolrQuery stored = new SolrQuery("{!terms f=id}" + String.join(",", unmarked));
        stored.setRows(unmarked.size()).setFields("id,subject,body");
        Map<String, SolrDocument> texts = new java.util.HashMap<>();
        for (SolrDocument doc : run(stored).getResults()) {
            texts.put((String) doc.getFieldValue("id"), doc);
        }
        CrossScriptSnippets snippets = new CrossScriptSnippets(text);
        List<SearchResult.Hit> hits = new ArrayList<>(result.hits());
        for (int i = 0; i < hits.size(); i++) {
            SolrDocument doc = texts.get((String) response.getResults().get(i).getFieldValue("id"));
            if (doc == null) {
                continue;
            }
            java.util.Optional<String> marked = snippets.snippet((String) doc.getFieldValue("subject"), SNIPPET_SIZE)
                    .or(() -> snippets.snippet((String) doc.getFieldValue("body"), SNIPPET_SIZE));
            int at = i;
            marked.ifPresent(snippet -> hits.set(at, hits.get(at).withSnippets(List.of(snippet))));
        }
        return new SearchResult(result.total(), result.skip(), result.maxItems(), List.copyOf(hits), result.facets());
    }

    /**
     * The Solr request {@link #search} sends for {@code request}: access filter, collapse, facets and highlighting
     * included (benchmarks send it straight to Solr to measure what this service adds).
     */
    public SolrQuery solrQuery(String username, SearchRequest request) {
        SolrQuery query = new SolrQuery();
        if (request.text().isEmpty()) {
            query.setQuery("*:*");
        } else {
            textQuery(query, request.text());
        }
        restrict(query, username);
        for (Map.Entry<String, String> filter : request.filters().entrySet()) {
            query.addFilterQuery(filterQuery(filter.getKey(), filter.getValue()));
        }
        query.set("sort", request.sort().solr());
        query.setStart(request.skip());
        query.setRows(request.maxItems());
        query.setFacet(true).setFacetMinCount(1).setFacetLimit(20);
        for (Facet facet : Facet.values()) {
            query.addFacetField(facet.field());
        }
        highlight(query);
        return query;
    }

    /** Nodes like {@code nodeId} that {@code username} may read; the node itself must be readable too. */
    public SearchResult moreLikeThis(String username, UUID nodeId, int maxItems) {
        SolrQuery probe = new SolrQuery("*:*");
        restrict(probe, username);
        probe.addFilterQuery("{!term f=node_id}" + nodeId);
        probe.setRows(1).setFields("id").set("sort", "page asc");
        QueryResponse found = run(probe);
        if (found.getResults().isEmpty()) {
            throw new NodeNotFoundException(nodeId);
        }
        String id = (String) found.getResults().getFirst().getFieldValue("id");
        SolrQuery query = new SolrQuery("{!mlt qf=body,subject,meta_txt mintf=1 mindf=1 minwl=3 maxqt=25}" + id);
        restrict(query, username);
        query.addFilterQuery("-node_id:" + nodeId);
        query.setRows(maxItems).setFields(RETURNED);
        return result(run(query), new SearchRequest("", Map.of(), SearchSort.RELEVANCE, 0, maxItems));
    }

    /**
     * Every node matching {@code text} (the same syntax and fields as {@link #search}) that a holder of
     * {@code principals} may read, in no particular order. Pages through Solr with a cursor, so the answer is
     * complete however many nodes match, up to {@code limit}; more than that is refused, asking for narrower text.
     */
    public Set<UUID> matchingNodeIds(Set<String> principals, String text, int limit) {
        return matchingNodeIds(principals, text, limit, ID_PAGE);
    }

    Set<UUID> matchingNodeIds(Set<String> principals, String text, int limit, int pageSize) {
        SearchRequest request = new SearchRequest(text, Map.of(), SearchSort.RELEVANCE, 0, 1);
        if (request.text().isEmpty()) {
            throw new InvalidQueryException("The search text is empty");
        }
        SolrQuery query = new SolrQuery();
        textQuery(query, request.text());
        restrict(query, principals);
        query.setFields("node_id");
        query.set("sort", "id asc"); // a cursor needs the unique key as its (last) sort
        query.setRows(pageSize);
        Set<UUID> ids = new LinkedHashSet<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = run(query);
            if (response.getResults().getNumFound() > limit) {
                throw new InvalidQueryException("The search text matches " + response.getResults().getNumFound()
                        + " documents, more than " + limit + "; add words to narrow it");
            }
            for (SolrDocument doc : response.getResults()) {
                ids.add(UUID.fromString((String) doc.getFieldValue("node_id")));
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return ids;
            }
            cursor = next;
        }
    }

    private static void textQuery(SolrQuery query, String text) {
        query.setQuery(QueryText.prepare(text));
        query.set("defType", "edismax");
        query.set("qf", LATIN.matcher(text).find() ? QUERY_FIELDS + CROSS_SCRIPT_FIELDS : QUERY_FIELDS);
        query.set("pf", "all_exact^3");
        query.set("q.op", "AND");
        query.set("sow", true);
        query.set("uf", "-*");
    }

    private void restrict(SolrQuery query, String username) {
        restrict(query, access.principals(username));
    }

    private static void restrict(SolrQuery query, Set<String> principals) {
        for (String principal : principals) {
            if (principal.indexOf(',') >= 0) {
                throw new IllegalStateException("Principal '" + principal + "' contains a comma");
            }
        }
        query.addFilterQuery("{!terms f=readers}" + String.join(",", principals));
        // One result per node: the best-scoring page stands for it (also in totals and facets).
        query.addFilterQuery("{!collapse field=node_id}");
        query.setFields(RETURNED);
    }

    private static String filterQuery(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidQueryException("Filter '" + key + "' needs a value");
        }
        if (key.equals("number")) {
            return "{!field f=number_key}" + value.strip();
        }
        Facet facet = Facet.of(key);
        if (facet == Facet.YEAR && !value.strip().matches("[0-9]{4}")) {
            throw new InvalidQueryException("Filter 'year' must be a four-digit year, not '" + value + "'");
        }
        return "{!term f=" + (facet == Facet.TYPE ? "types" : facet.field()) + "}" + value.strip();
    }

    private static void highlight(SolrQuery query) {
        query.setHighlight(true);
        query.set("hl.method", "unified");
        query.set("hl.fl", "body,subject");
        query.set("hl.snippets", 2);
        query.set("hl.fragsize", SNIPPET_SIZE);
        query.set("hl.tag.pre", "<mark>");
        query.set("hl.tag.post", "</mark>");
        query.set("hl.encoder", "html");
        query.set("hl.requireFieldMatch", false);
        // Cross-script hits match fields that are not stored: the page's opening here, marked by withCrossScriptMarks.
        query.set("hl.defaultSummary", true);
    }

    private QueryResponse run(SolrQuery query) {
        try {
            return solr.client().query(solr.name(), query, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
        } catch (SolrException e) {
            if (e.code() == 400) {
                throw new InvalidQueryException("Solr cannot run this search: " + e.getMessage(), e);
            }
            throw new SearchUnavailableException("Search failed", e);
        } catch (SolrServerException | IOException e) {
            if (e.getCause() instanceof SolrException se && se.code() == 400) {
                throw new InvalidQueryException("Solr cannot run this search: " + se.getMessage(), e);
            }
            throw new SearchUnavailableException("Search failed", e);
        }
    }

    private static SearchResult result(QueryResponse response, SearchRequest request) {
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting() == null ? Map.of()
                : response.getHighlighting();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            Map<String, List<String>> hl = highlights.getOrDefault((String) doc.getFieldValue("id"), Map.of());
            List<String> snippets = new ArrayList<>();
            snippets.addAll(hl.getOrDefault("subject", List.of()));
            snippets.addAll(hl.getOrDefault("body", List.of()));
            hits.add(new SearchResult.Hit(UUID.fromString((String) doc.getFieldValue("node_id")),
                    (String) doc.getFieldValue("name"), (String) doc.getFieldValue("type"),
                    (String) doc.getFieldValue("subject"), strings(doc.getFieldValues("number")),
                    (String) doc.getFieldValue("office"), (String) doc.getFieldValue("section"),
                    (String) doc.getFieldValue("status"), (String) doc.getFieldValue("grading"),
                    (Integer) doc.getFieldValue("year"),
                    doc.getFieldValue("modified") instanceof java.util.Date d ? d.toInstant() : null,
                    intValue(doc.getFieldValue("page")), intValue(doc.getFieldValue("pages")),
                    doc.getFieldValue("score") instanceof Float f ? f : 0f, List.copyOf(snippets)));
        }
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            FacetField field = response.getFacetField(facet.field());
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            if (field != null && field.getValues() != null) {
                for (FacetField.Count count : field.getValues()) {
                    counts.add(new SearchResult.FacetCount(count.getName(), count.getCount()));
                }
            }
            facets.put(facet.key(), List.copyOf(counts));
        }
        return new SearchResult(response.getResults().getNumFound(), request.skip(), request.maxItems(),
                List.copyOf(hits), facets);
    }

    private static int intValue(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static List<String> strings(Collection<Object> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }
}
