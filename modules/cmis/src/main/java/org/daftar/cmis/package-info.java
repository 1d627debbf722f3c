/**
 * CMIS 1.1 over the Daftar repository, on the Apache Chemistry OpenCMIS server framework: a thin facade that
 * translates CMIS calls into {@code NodeService} calls. Types come from the content model, reads obey
 * {@code ReadAccess}, and the change log is the repository's audit log.
 */
package org.daftar.cmis;
