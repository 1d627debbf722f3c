/**
 * OCR engines: long-lived Tesseract handles over the system libtesseract (via Tess4J's JNA binding), one per
 * worker thread, each reading one page image at a time into text, hOCR word boxes and an invisible text-layer PDF.
 */
package org.daftar.ocr.engine;
