/**
 * Full-text search over the repository with Solr: the configset and its connection ({@code solr}), indexing through
 * the transactional outbox ({@code index}) and access-filtered queries ({@code query}). {@link org.daftar.search.Search}
 * assembles the parts.
 */
package org.daftar.search;
