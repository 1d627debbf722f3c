/**
 * Record rooms: bulk import of old paper files from a server-side folder tree or a CSV manifest into physical-file
 * records ({@code eo:file} with the {@code eo:recordRoom} aspect) with their scans attached and queued for OCR;
 * resumable and idempotent by content hash, with a per-file report and live progress; and the record-room
 * register (by legacy number, location, retention category, review due).
 */
package org.daftar.ocr.recordroom;
