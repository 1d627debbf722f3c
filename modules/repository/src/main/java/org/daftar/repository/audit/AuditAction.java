package org.daftar.repository.audit;

/** The kinds of change the audit log records (the database's check constraint lists the same). */
public enum AuditAction {
    CREATE, UPDATE, NEW_VERSION, DELETE, RESTORE
}
