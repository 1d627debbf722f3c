/**
 * Keeping the index in step with the database: node and page-text changes land in the {@code index_outbox} table in
 * their own transaction (triggers), {@link org.daftar.search.index.OutboxIndexer} drains it into Solr, and
 * {@link org.daftar.search.index.Reindexer} rebuilds the whole index from the database.
 */
package org.daftar.search.index;
