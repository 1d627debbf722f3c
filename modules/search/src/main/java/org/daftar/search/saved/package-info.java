/**
 * Saved searches: a user keeps a search (query and facet filters) under a name, per user and unique per user, to run
 * it again later. {@link org.daftar.search.saved.SavedSearches} is the way in.
 */
package org.daftar.search.saved;
