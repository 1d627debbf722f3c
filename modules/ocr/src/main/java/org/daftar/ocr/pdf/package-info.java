/** The searchable PDF: each page's image as scanned (or as straightened) with an invisible text layer on top. */
package org.daftar.ocr.pdf;
