/** The CMIS 1.1 endpoint: OpenCMIS Browser and AtomPub servlets over the cmis module, in the app's own port. */
package org.daftar.server.cmis;
