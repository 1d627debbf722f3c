package org.daftar.eoffice.draft;

/** A draft for approval is written and edited (Draft), approved by a senior desk, then issued with a dispatch number. */
public enum DraftStatus {
    Draft, Approved, Issued
}
