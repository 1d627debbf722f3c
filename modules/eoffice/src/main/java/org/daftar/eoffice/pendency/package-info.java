/** Pendency per desk, section and office with ageing and overdue; month-wise counts; the office review ranking. */
package org.daftar.eoffice.pendency;
