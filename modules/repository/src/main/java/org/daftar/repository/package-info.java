/**
 * The ECM core: typed nodes (folders and documents) validated against the content model, a content-addressed
 * file store, document versions, a trash and an append-only audit log, kept in PostgreSQL.
 * {@link org.daftar.repository.node.NodeStore} is the way in; the sub-packages are its parts.
 * Failures are the sealed {@link org.daftar.repository.RepositoryException} family, which each surface (REST,
 * CMIS, CLI) translates in one place.
 */
package org.daftar.repository;
