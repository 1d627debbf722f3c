/** The Solr side: Daftar's configset, and one connection to an embedded core or a SolrCloud collection. */
package org.daftar.search.solr;
