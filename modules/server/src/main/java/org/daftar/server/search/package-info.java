/** The server's search wiring: settings, the Solr collection and indexer as beans, and the search REST API. */
package org.daftar.server.search;
