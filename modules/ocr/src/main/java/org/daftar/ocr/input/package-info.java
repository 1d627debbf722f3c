/**
 * Reading scans: what a file is (from its bytes, never its name), refusing what cannot be read safely (empty,
 * encrypted, truncated, archives, decompression bombs), and giving each page as an image at a known resolution
 * together with any text layer a PDF page already has.
 */
package org.daftar.ocr.input;
