/**
 * Searching: free text (phrases, AND/OR/NOT) in Hindi, English and Latin-typed Hindi, filters, facets, sort,
 * paging, highlights with page numbers and "more like this" — always limited by the caller's read access inside the
 * Solr query. {@link org.daftar.search.query.SearchService} is the way in.
 */
package org.daftar.search.query;
