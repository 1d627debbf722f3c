package org.daftar.repository.audit;

/**
 * The kinds of change the audit log records (the database's check constraint lists the same): changes to nodes,
 * and account events, which name no node.
 */
public enum AuditAction {
    CREATE, UPDATE, NEW_VERSION, DELETE, RESTORE,
    /** A sign-in with a wrong password or an unknown user name. */
    LOGIN_FAILED,
    /** An account locked after too many failed sign-ins. */
    ACCOUNT_LOCKED,
    /** A locked account unlocked by an administrator. */
    ACCOUNT_UNLOCKED
}
