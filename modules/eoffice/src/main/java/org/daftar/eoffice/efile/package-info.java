/** E-files: opening by the office's numbering scheme, volumes, part files, reading them back. */
package org.daftar.eoffice.efile;
