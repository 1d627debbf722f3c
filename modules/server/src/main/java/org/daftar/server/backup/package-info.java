/**
 * {@code scripts/daftar backup} and {@code restore}: a command-line tool in the server jar, run in a JVM of its own
 * beside the server (see {@link org.daftar.server.backup.BackupCommand}).
 */
package org.daftar.server.backup;
