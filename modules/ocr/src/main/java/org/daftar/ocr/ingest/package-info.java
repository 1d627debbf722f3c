/**
 * The one way in for scans: upload, record-room import and (later) the watched folder all build an
 * {@link org.daftar.ocr.ingest.IncomingDocument} and run the same ordered {@link org.daftar.ocr.ingest.Ingestion}
 * steps — detect the type from the bytes, check the pages can be read safely, skip content already stored, store
 * it as an {@code eo:scan}, queue it for OCR.
 */
package org.daftar.ocr.ingest;
