/**
 * The audit log: {@link org.daftar.repository.audit.AuditLog} appends events in the changing transaction; the
 * database links each committed event into a SHA-256 chain ({@link org.daftar.repository.audit.AuditChain});
 * {@link org.daftar.repository.audit.AuditCheckpoints} pins the chain head in a signed file outside the database;
 * {@link org.daftar.repository.audit.AuditVerification} recomputes the chain and names what was tampered with.
 * See {@code docs/security.md}.
 */
package org.daftar.repository.audit;
