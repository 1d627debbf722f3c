/** Read access to e-Office items as principals (desks, sections, offices), for every surface and for search. */
package org.daftar.eoffice.access;
