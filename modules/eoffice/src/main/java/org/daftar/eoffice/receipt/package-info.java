/** Receipts (dak): diarising with diary numbers, editing with frozen fields, putting into files as correspondence. */
package org.daftar.eoffice.receipt;
