/**
 * CMIS query: statements parsed with OpenCMIS's CMIS-QL grammar, metadata predicates answered with SQL over the
 * {@code node} table, {@code CONTAINS()} by a {@link org.daftar.cmis.query.FullTextMatcher} when one is wired.
 */
package org.daftar.cmis.query;
