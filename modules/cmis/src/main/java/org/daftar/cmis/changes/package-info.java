/** The CMIS change log, read from the repository's append-only audit log. */
package org.daftar.cmis.changes;
