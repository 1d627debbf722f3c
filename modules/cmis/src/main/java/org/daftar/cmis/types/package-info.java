/** CMIS type definitions generated from the content model ({@code F:eo:file}, {@code D:eo:receipt}, {@code P:eo:ocr}). */
package org.daftar.cmis.types;
