/** Files and receipts as items that move between desks: the {@code eo_item} table, status and grading. */
package org.daftar.eoffice.item;
