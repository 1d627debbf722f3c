/**
 * The OpenCMIS service over the repository: the factory that authenticates each request and wraps the service,
 * the thin service translating each CMIS call into repository calls, and the one translator of repository
 * exceptions into CMIS exceptions.
 */
package org.daftar.cmis.service;
