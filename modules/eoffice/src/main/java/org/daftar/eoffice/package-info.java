/**
 * The e-Office domain: organisation and desks, e-files with numbering schemes, notesheets with yellow and green notes,
 * receipts (dak) with diary numbers, drafts with the dispatch register, movement between desks, access and pendency.
 * Documents are {@code eo:} nodes created through the repository's {@code NodeStore}; relational tables (migrations
 * {@code db/migration/eoffice}, major version 2) hold what is queried fast and the rules that protect data.
 * {@link org.daftar.eoffice.Eoffice} wires the features together.
 */
package org.daftar.eoffice;
