/**
 * Text analysis Daftar adds to Lucene's: folding Devanagari and Latin spellings of Hindi words onto one rough form,
 * so that "namantaran" finds नामांतरण. An algorithm ({@link org.daftar.search.analysis.CrossScriptFolding}), a token
 * filter and a factory the Solr schema names.
 */
package org.daftar.search.analysis;
