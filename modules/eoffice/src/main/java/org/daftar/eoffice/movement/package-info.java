/**
 * Movement of files and receipts between desks: send, open, pull back while unopened, park and make active, close
 * and reopen; the history and "where is it now"; the folders of a desk (inbox, sent, created, parked, closed).
 */
package org.daftar.eoffice.movement;
