/** CMIS check-out / check-in: the private working copy's pending changes, kept until check-in makes a version. */
package org.daftar.cmis.versioning;
