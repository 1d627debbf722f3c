/**
 * The OCR job queue in PostgreSQL: one job per scan, claimed with {@code FOR UPDATE SKIP LOCKED} under a lease
 * so several worker processes on several machines can share it; finished pages are persisted one by one, so a
 * job taken over after a crash resumes at the first missing page; the searchable PDF is assembled and published
 * once, in the transaction that marks the job done. Failures retry with exponential backoff and end in the
 * {@code dead} state with their error.
 */
package org.daftar.ocr.queue;
