/**
 * The e-Office REST API under {@code /api/v1/eoffice}: organisation admin, files, notes, receipts, drafts, movements,
 * desk folders and pendency reports. Callers act for a post named in the {@code X-Daftar-Desk} header (default: their
 * default post); the services check the rules and access, this package only translates.
 */
package org.daftar.server.eoffice;
