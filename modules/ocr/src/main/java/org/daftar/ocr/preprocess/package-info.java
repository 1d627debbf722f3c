/**
 * Cleaning page images before OCR, one small step per job: turn the page upright, straighten it, remove speckle
 * noise. (Adaptive binarization is Tesseract's own Sauvola threshold, switched on in the engine settings.) Which
 * steps run is configuration; docs/ocr.md has the measured effect of each.
 */
package org.daftar.ocr.preprocess;
