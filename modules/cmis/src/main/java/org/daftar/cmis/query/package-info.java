/**
 * CMIS query: statements parsed with OpenCMIS's CMIS-QL grammar, metadata predicates answered with SQL over the
 * {@code node} table, {@code CONTAINS()} text parsed by the CMIS full-text grammar ({@link
 * org.daftar.cmis.query.FullTextExpression}) and answered as node ids by a {@link
 * org.daftar.cmis.query.FullTextMatcher} when one is wired; pages of readable rows ({@link
 * org.daftar.repository.node.ReadableNodes}) for queries and folder listings.
 */
package org.daftar.cmis.query;
