/**
 * Server wiring of the OCR module: its settings ({@code daftar.ocr.*}), the workers' life cycle, and the REST
 * endpoints for scan upload and OCR status ({@code /api/v1/scans}), record-room imports ({@code /api/v1/imports})
 * and the record-room register ({@code /api/v1/record-room/files}).
 */
package org.daftar.server.ocr;
