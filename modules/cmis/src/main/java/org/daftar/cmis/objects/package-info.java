/** CMIS objects made from nodes and versions: ids, properties, allowable actions and read-only ACLs. */
package org.daftar.cmis.objects;
