/**
 * Offices (any depth), sections, posts (desks) and users assigned to posts over time. A transfer ends one
 * assignment and starts another; pending work stays with the post. {@link org.daftar.eoffice.organisation.Organisation}
 * also decides which desk a user may act for.
 */
package org.daftar.eoffice.organisation;
