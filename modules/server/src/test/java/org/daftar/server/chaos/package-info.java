/**
 * The crash drill (issue #14, "kill loops"): the real server as a child JVM under concurrent uploads, receipts and
 * file movements, killed with SIGKILL at seeded random moments and restarted on the same home; after each restart
 * nothing acknowledged is lost, nothing is done twice, search equals the database and the audit chain verifies.
 */
package org.daftar.server.chaos;
