/**
 * Digitization: scans come in through one way ({@link org.daftar.ocr.ingest}), are stored as {@code eo:scan}
 * documents and queued ({@link org.daftar.ocr.queue}); workers rasterize ({@link org.daftar.ocr.input}), clean up
 * ({@link org.daftar.ocr.preprocess}) and read them ({@link org.daftar.ocr.engine}) and write a searchable PDF
 * ({@link org.daftar.ocr.pdf}) as the scan's next version. Record rooms import whole folder trees
 * ({@link org.daftar.ocr.recordroom}).
 */
package org.daftar.ocr;
