/**
 * Online backup and point-in-time restore of a Daftar home: a base backup of the embedded PostgreSQL through its
 * low-level backup API plus the continuously archived WAL, the content store (content-addressed, so copied
 * incrementally), the audit checkpoints and the configuration; and the way back, through PostgreSQL's archive
 * recovery, followed by a check that every content reference has its bytes. See docs/operations.md.
 */
package org.daftar.repository.backup;
